package org.civicvoice.participation.routing.entity;

import java.time.Instant;
import java.util.List;

/** A published answer as the public sees it: who answered, the text, both officials, and its commitments. */
public record PublicAnswer(CaseType type, String bodyName, String text, String writtenBy, String approvedBy,
                           Instant publishedAt, List<Commitment> commitments) {

    public PublicAnswer {
        commitments = List.copyOf(commitments);
    }
}
