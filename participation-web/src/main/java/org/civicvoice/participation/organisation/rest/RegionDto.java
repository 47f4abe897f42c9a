package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Region;

/** A region as the API shows it; {@code parent} is the code of the region it lies in. */
public record RegionDto(String code, String name, String kind, String parent, Integer population) {

    public static RegionDto of(Region region) {
        return new RegionDto(region.getCode(), region.getName(), region.getKind().name(),
                region.getParent() == null ? null : region.getParent().getCode(), region.getPopulation());
    }
}
