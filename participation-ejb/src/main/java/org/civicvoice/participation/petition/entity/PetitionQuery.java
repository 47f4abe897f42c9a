package org.civicvoice.participation.petition.entity;

import java.util.Optional;

/**
 * A search of public petitions: words (full-text), filters, order, and the page. Without a state it lists the
 * open petitions.
 */
public record PetitionQuery(Optional<String> text, Optional<PetitionState> state, Optional<String> body,
                            Optional<String> topic, Optional<String> region, PetitionSort sort, int first, int size) {

    public static final int TEXT_LENGTH = 200;

    public PetitionQuery {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > TEXT_LENGTH) {
            throw new InvalidPetition("petition.search.textLength", TEXT_LENGTH);
        }
        if (state.isPresent() && !state.get().isPublic()) {
            throw new InvalidPetition("petition.search.state");
        }
        body = body.filter(b -> !b.isBlank());
        topic = topic.filter(t -> !t.isBlank());
        region = region.filter(r -> !r.isBlank());
        sort = sort == null ? PetitionSort.MOST_SIGNED : sort;
        if (first < 0 || size < 1) {
            throw new InvalidPetition("petition.search.page");
        }
    }

    public static PetitionQuery open(int first, int size) {
        return new PetitionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), PetitionSort.MOST_SIGNED, first, size);
    }

    public PetitionState stateOrOpen() {
        return state.orElse(PetitionState.OPEN);
    }
}
