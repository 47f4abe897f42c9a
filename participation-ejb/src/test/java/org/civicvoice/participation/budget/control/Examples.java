package org.civicvoice.participation.budget.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Elections the rule tests share. */
final class Examples {

    private Examples() {
    }

    /**
     * The first example on equalshares.net: budget 1,100, eleven voters; Bike 700 (voters 1-6 and 11), Gym 400
     * (1-6), Park 250 (2, 4, 5, 7, 10), Playground 200 (7-10), Library 100 (7, 9, 10).
     */
    static Election equalSharesNet() {
        List<Candidate> candidates = List.of(Candidate.of("Bike", 700), Candidate.of("Gym", 400),
                Candidate.of("Park", 250), Candidate.of("Playground", 200), Candidate.of("Library", 100));
        List<Ballot> ballots = new ArrayList<>();
        for (int voter = 1; voter <= 11; voter++) {
            List<String> approved = new ArrayList<>();
            if (voter <= 6 || voter == 11) {
                approved.add("Bike");
            }
            if (voter <= 6) {
                approved.add("Gym");
            }
            if (Set.of(2, 4, 5, 7, 10).contains(voter)) {
                approved.add("Park");
            }
            if (voter >= 7 && voter <= 10) {
                approved.add("Playground");
            }
            if (Set.of(7, 9, 10).contains(voter)) {
                approved.add("Library");
            }
            ballots.add(new Ballot("v" + voter, Set.copyOf(approved)));
        }
        return Election.of(1_100, candidates, ballots, "equalshares.net");
    }
}
