package org.civicvoice.participation.petition.entity;

import java.util.List;

/**
 * Everything a petition's page shows, read in one transaction: the petition, its card (count and progress), its
 * thresholds, timeline, counts by region and by day, the names signers chose to show, and whether the reader is
 * its author.
 */
public record PetitionDetail(Petition petition, PetitionCard card, List<Milestone> milestones,
                             List<PetitionEvent> timeline, List<RegionCount> regions, List<DayCount> days,
                             List<String> publicSigners, boolean readerIsAuthor) {

    public static final int PUBLIC_SIGNERS_SHOWN = 20;
}
