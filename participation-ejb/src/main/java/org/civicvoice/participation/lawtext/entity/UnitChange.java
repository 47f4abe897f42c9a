package org.civicvoice.participation.lawtext.entity;

/** How a unit changed from one version to the next; a unit may be renumbered and changed at once. */
public enum UnitChange {
    INSERTED,
    DELETED,
    RENUMBERED,
    CHANGED
}
