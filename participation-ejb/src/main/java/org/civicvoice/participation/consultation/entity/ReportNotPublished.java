package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The consultation's report is not published yet. */
public class ReportNotPublished extends BusinessException {

    public ReportNotPublished(String number) {
        super("consultation.report.notPublished", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
