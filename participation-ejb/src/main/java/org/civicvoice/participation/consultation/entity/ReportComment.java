package org.civicvoice.participation.consultation.entity;

import java.time.Instant;

/**
 * A visible top-level comment as the report lists it: the unit it is on (label and eId in the newest version, or
 * in the version it was written on when the unit is gone; null for the whole draft), who wrote it (region, and
 * whether for an organisation), its disposition with the reason and the unit it changed.
 */
public record ReportComment(long id, Instant createdAt, String unitKey, String unitLabel, String unitEId,
                            int unitPosition, long authorId, String author, String onBehalfOf, String text,
                            String regionCode, String regionName, Disposition disposition, String reason,
                            String changedUnitKey, String changedUnitLabel, String changedUnitEId) {

    /** Units missing from the newest version sort after the others. */
    public static final int NO_POSITION = Integer.MAX_VALUE;

    public boolean forOrganisation() {
        return onBehalfOf != null && !onBehalfOf.isBlank();
    }
}
