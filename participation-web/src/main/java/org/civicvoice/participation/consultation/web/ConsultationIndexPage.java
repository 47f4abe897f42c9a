package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.ConsultationCard;
import org.civicvoice.participation.consultation.entity.ConsultationQuery;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.shared.ResultPage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code consultation/index.xhtml?state=open&page=n}: the public consultations, the latest closing first, a page at
 * a time, all of them or those in one state (open, closed, report published). A public page: no session.
 */
@Named
@RequestScoped
public class ConsultationIndexPage {

    static final int PAGE_SIZE = 20;
    /** The states a reader can filter by, as they appear in the address. */
    static final List<ConsultationState> FILTERS = List.of(ConsultationState.OPEN, ConsultationState.CLOSED,
            ConsultationState.REPORT_PUBLISHED);

    @Inject
    Consultations consultations;

    private int page;
    private String state;
    private ResultPage<ConsultationCard> result;

    public void load() {
        result = consultations.search(new ConsultationQuery(chosen(), Optional.empty(), Optional.empty(),
                Optional.empty(), Math.max(0, page) * PAGE_SIZE, PAGE_SIZE));
    }

    /** The state filtered by, if the address names one of the filters (anything else lists all). */
    private Optional<ConsultationState> chosen() {
        return FILTERS.stream().filter(s -> filterName(s).equals(state)).findFirst();
    }

    /** A state as the address names it: {@code report-published} for REPORT_PUBLISHED. */
    public String filterName(ConsultationState filter) {
        return filter.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<ConsultationState> getFilters() {
        return FILTERS;
    }

    /** The filter in use, for marking it; empty for all. */
    public String getChosenFilter() {
        return chosen().map(this::filterName).orElse("");
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public ResultPage<ConsultationCard> getResult() {
        return result;
    }
}
