package org.civicvoice.participation.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.budget.boundary.BudgetSchedule;

/**
 * {@code POST /api/test-budget-scan}: runs the scan that moves due budgets into their next phase now, as the
 * schedule would, and answers how many changes it made. Exists only in the deployment of {@link BudgetsIT}.
 */
@Path("test-budget-scan")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetScanResource {

    @Inject
    BudgetSchedule schedule;

    @POST
    public String scan() {
        return "{\"changed\":" + schedule.scan() + "}";
    }
}
