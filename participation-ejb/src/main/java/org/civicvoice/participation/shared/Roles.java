package org.civicvoice.participation.shared;

/**
 * The security groups a signed-in caller gets, as used in {@code @RolesAllowed}. Every account is a citizen;
 * the others follow from its verified e-mail, platform roles and memberships.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String VERIFIED = "verified";
    public static final String OFFICIAL = "official";
    public static final String BODY_ADMIN = "body-admin";
    public static final String COMMITTEE_MEMBER = "committee-member";
    public static final String MODERATOR = "moderator";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
