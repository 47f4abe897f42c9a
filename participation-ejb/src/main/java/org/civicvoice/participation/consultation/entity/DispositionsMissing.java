package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The report cannot be published while visible comments still lack a disposition; says how many. */
public class DispositionsMissing extends BusinessException {

    private final long missing;

    public DispositionsMissing(long missing) {
        super("consultation.report.dispositionsMissing", missing);
        this.missing = missing;
    }

    public long missing() {
        return missing;
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
