package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.budget.boundary.BudgetProcesses;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.shared.ResultPage;

/** {@code budget/index.xhtml?page=n}: every participatory budget, newest first, a page at a time. */
@Named
@RequestScoped
public class BudgetIndexPage {

    static final int PAGE_SIZE = 20;

    @Inject
    BudgetProcesses processes;

    private int page;
    private ResultPage<BudgetProcess> result;

    public void load() {
        result = processes.list(Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public ResultPage<BudgetProcess> getResult() {
        return result;
    }
}
