package org.civicvoice.participation.proposal.entity;

import java.util.Optional;

/** A search of the public list: words, state (published and answered ones unless given), filters, order, page. */
public record ProposalQuery(Optional<String> text, Optional<ProposalState> state, Optional<String> body,
                            Optional<String> topic, Optional<String> region, Optional<Long> call, ProposalSort sort,
                            int first, int size) {

    public ProposalQuery {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        body = body.map(String::strip).filter(t -> !t.isEmpty());
        topic = topic.map(String::strip).filter(t -> !t.isEmpty());
        region = region.map(String::strip).filter(t -> !t.isEmpty());
        sort = sort == null ? ProposalSort.MOST_SUPPORTED : sort;
        first = Math.max(0, first);
    }

    public static ProposalQuery all(int first, int size) {
        return new ProposalQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ProposalSort.MOST_SUPPORTED, first, size);
    }
}
