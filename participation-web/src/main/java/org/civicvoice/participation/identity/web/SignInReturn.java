package org.civicvoice.participation.identity.web;

import org.civicvoice.participation.shared.Roles;

import java.util.Collection;
import java.util.Optional;

/**
 * Where a citizen goes after signing in: back to the page of the platform they came from, else to where their
 * role works (an official's case queue, a moderator's queue), else to their account. Only a path of this
 * application is followed: it starts with a single {@code /} and holds only printable ASCII without a backslash
 * (the platform's links encode everything else), so that no browser reads it as another site ({@code //host},
 * {@code /\host}, a scheme, or a path that becomes one once tabs and line breaks are dropped).
 */
public final class SignInReturn {

    static final String ACCOUNT_PAGE = "/account/index.xhtml";
    static final String CASE_QUEUE = "/case/index.xhtml";
    static final String MODERATION_QUEUE = "/petition/moderation.xhtml";
    static final int MAX_LENGTH = 2000;

    private SignInReturn() {
    }

    /** The path if it is one of this platform's own pages, relative to the context path. */
    public static Optional<String> ownPage(String path) {
        if (path == null || path.length() < 1 || path.length() > MAX_LENGTH || path.charAt(0) != '/'
                || path.startsWith("//") || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c > '~') {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /**
     * The page to show after a sign-in: the page asked for (the form's {@code next}), else the protected page
     * that sent to the sign-in, else the one of the caller's groups.
     */
    public static String after(String asked, String protectedPage, Collection<String> groups) {
        return ownPage(asked).or(() -> ownPage(protectedPage)).orElseGet(() -> home(groups));
    }

    /** Where a role works: officials on their case queue, moderators on the moderation queue, others on their account. */
    static String home(Collection<String> groups) {
        if (groups.contains(Roles.OFFICIAL)) {
            return CASE_QUEUE;
        }
        if (groups.contains(Roles.MODERATOR)) {
            return MODERATION_QUEUE;
        }
        return ACCOUNT_PAGE;
    }
}
