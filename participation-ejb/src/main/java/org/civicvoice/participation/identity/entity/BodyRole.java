package org.civicvoice.participation.identity.entity;

/** What an official may do in their body: answer items, approve answers (four eyes), manage the officials. */
public enum BodyRole {
    OFFICIAL, APPROVER, BODY_ADMIN
}
