package org.civicvoice.participation.organisation.entity;

/** What sort of government body this is; decides where it appears and what it may be asked. */
public enum BodyKind {
    GOVERNMENT, MINISTRY, DEPARTMENT, AGENCY, PARLIAMENT, COMMITTEE, MUNICIPALITY
}
