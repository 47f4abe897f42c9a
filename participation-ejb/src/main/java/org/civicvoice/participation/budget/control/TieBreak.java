package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one order that decides between candidates a rule finds equal (the same number of votes for the greedy rule,
 * the same price per unit ρ for equal shares), applied the same way in every round and every completion step:
 * <ol>
 *   <li>the <b>lower cost</b> comes first;</li>
 *   <li>then the candidate with <b>more votes</b> (ballots approving it);</li>
 *   <li>then a <b>lot</b>: the SHA-256 digest of the UTF-8 text {@code seed + ":" + candidateId}, read as an
 *       unsigned 256-bit number (equivalently, its lower-case hex compared as text), and the smaller comes
 *       first.</li>
 * </ol>
 * The lot depends on the election's seed and the candidate's id only, so the same seed gives the same result on
 * every run and any reader can check it with {@code sha256sum}; publish the seed (or fix it before the vote, e.g.
 * from a public draw) so that nobody can pick it after seeing the ballots.
 */
public final class TieBreak implements Comparator<Candidate> {

    /** Which rule of the order told two candidates apart. */
    public enum Criterion { COST, VOTES, LOT }

    private final String seed;
    private final Map<String, Integer> votes;
    private final Map<String, BigInteger> lots = new HashMap<>();

    public TieBreak(String seed, Map<String, Integer> votes) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.votes = Map.copyOf(votes);
    }

    @Override
    public int compare(Candidate a, Candidate b) {
        int byCost = a.cost().compareTo(b.cost());
        if (byCost != 0) {
            return byCost;
        }
        int byVotes = Integer.compare(votes(b), votes(a));
        if (byVotes != 0) {
            return byVotes;
        }
        int byLot = lot(a.id()).compareTo(lot(b.id()));
        return byLot != 0 ? byLot : a.id().compareTo(b.id());
    }

    /** The rule of the order that puts {@code a} and {@code b} apart. */
    public Criterion decidedBy(Candidate a, Candidate b) {
        if (a.cost().compareTo(b.cost()) != 0) {
            return Criterion.COST;
        }
        if (votes(a) != votes(b)) {
            return Criterion.VOTES;
        }
        return Criterion.LOT;
    }

    private int votes(Candidate candidate) {
        return votes.getOrDefault(candidate.id(), 0);
    }

    private BigInteger lot(String candidateId) {
        return lots.computeIfAbsent(candidateId, id -> lot(seed, id));
    }

    /** The lot number of a candidate: SHA-256 of {@code seed + ":" + candidateId} as an unsigned number. */
    public static BigInteger lot(String seed, String candidateId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + candidateId).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
