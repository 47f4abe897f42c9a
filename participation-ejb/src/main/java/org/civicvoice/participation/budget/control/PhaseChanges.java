package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;

/**
 * What happens when a process enters a phase, whether at its date or by hand: the step goes on the public
 * timeline, and entering the results phase counts the ballots of every heading.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class PhaseChanges {

    @Inject
    BudgetTimeline timeline;

    @Inject
    ResultCounting counting;

    public void entered(BudgetProcess process, BudgetPhase phase, Instant now) {
        timeline.record(process.getId(), KeyedText.of("budget.timeline.phase." + phase.name()), now);
        if (phase == BudgetPhase.RESULTS) {
            counting.countAll(process, now);
        }
    }
}
