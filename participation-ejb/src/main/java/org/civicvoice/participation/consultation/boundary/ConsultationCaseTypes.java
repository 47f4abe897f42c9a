package org.civicvoice.participation.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.routing.boundary.CaseTypeRegistration;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.CaseTypeDefinition;
import org.civicvoice.participation.routing.entity.ItemKind;
import org.civicvoice.participation.routing.entity.ItemRef;

import java.util.List;

/**
 * The case consultations ask routing for: the body's answer to a comment it marked as needing one, due by default
 * in 15 working days (three weeks), unless a body's own deadline says otherwise.
 */
@ApplicationScoped
public class ConsultationCaseTypes implements CaseTypeRegistration {

    public static final ItemKind COMMENT_ITEM = ItemKind.of("CONSULTATION_COMMENT");
    public static final CaseType COMMENT_ANSWER = CaseType.of("CONSULTATION_COMMENT");

    /** How routing names a comment. */
    public static ItemRef item(long commentId) {
        return new ItemRef(COMMENT_ITEM, commentId);
    }

    @Override
    public List<CaseTypeDefinition> caseTypes() {
        return List.of(new CaseTypeDefinition(COMMENT_ANSWER, COMMENT_ITEM, "consultation.caseType.CONSULTATION_COMMENT",
                15, 3, 5));
    }
}
