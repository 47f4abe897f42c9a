package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.shared.BusinessException;

import java.util.List;

/** The imported text has issues (unplaced text, broken numbering): nothing is stored or published. */
public class DraftHasErrors extends BusinessException {

    private final transient List<ParseIssue> issues;

    public DraftHasErrors(List<ParseIssue> issues) {
        super("consultation.import.errors", issues.size());
        this.issues = List.copyOf(issues);
    }

    public List<ParseIssue> issues() {
        return issues;
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
