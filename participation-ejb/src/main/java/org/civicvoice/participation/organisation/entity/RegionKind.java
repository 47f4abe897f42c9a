package org.civicvoice.participation.organisation.entity;

/** Levels of the region tree: country, then provinces, then districts and municipalities. */
public enum RegionKind {
    COUNTRY, PROVINCE, DISTRICT, MUNICIPALITY
}
