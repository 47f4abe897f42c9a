package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseQuery;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.DueFilter;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code case/index.xhtml}: the work queue of one body, the most urgent first, in pages of twenty. The filters
 * (body, state, type, due date, only mine) are a plain GET form, so a filtered queue is an address to share;
 * the table pages by ajax from the boundary's queue. Above it, the body's cases per state and the overdue ones.
 */
@Named
@ViewScoped
public class CaseQueuePage implements Serializable {

    @Inject
    CaseTypes caseTypes;

    @Inject
    DirectoryChoices directory;

    static final int PAGE_SIZE = 20;

    @Inject
    transient CaseWork work;

    @Inject
    transient MyAccount myAccount;

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient Messages messages;

    @Inject
    transient ReaderLanguage reader;

    @Inject
    transient Clock clock;

    private String body;
    private String state;
    private String type;
    private String due;
    private String mine;

    private List<BodyChoice> bodyChoices = List.of();
    private BodyChoice chosen;
    private List<StateCount> counts = List.of();
    private long overdue;
    private Rows rows;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        bodyChoices = choices();
        chosen = bodyChoices.stream().filter(c -> c.slug().equals(body)).findFirst()
                .orElse(bodyChoices.isEmpty() ? null : bodyChoices.get(0));
        if (chosen == null) {
            return;
        }
        try {
            BodySlug slug = new BodySlug(chosen.slug());
            Map<CaseState, Long> byState = work.countsByState(slug);
            counts = Arrays.stream(CaseState.values())
                    .map(s -> new StateCount(s, byState.getOrDefault(s, 0L))).toList();
            overdue = work.overdue(slug);
            rows = new Rows();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /**
     * The bodies whose queue the caller may open: those they are an official of; a platform administrator may
     * open any body's queue (their own bodies first).
     */
    private List<BodyChoice> choices() {
        List<BodyChoice> own = new ArrayList<>(myAccount.memberships().stream()
                .map(Membership::getBody).map(b -> BodyChoice.of(b, reader.tag())).distinct().toList());
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PLATFORM_ADMIN)) {
            directory.getBodies().stream()
                    .map(b -> BodyChoice.of(b, reader.tag())).filter(c -> !own.contains(c)).forEach(own::add);
        }
        return own;
    }

    CaseQuery query(int first, int size) {
        return new CaseQuery(new BodySlug(chosen.slug()), parse(CaseState.class, state), caseTypes.parse(type),
                parse(DueFilter.class, due), isMineOnly(), first, size);
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(kind.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip().replace('-', '_')))
                .findFirst().orElse(null);
    }

    /** The queue's cases, a page at a time, from the boundary. */
    public class Rows extends LazyDataModel<CaseRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, work.queue(query(0, 1)).total());
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            ResultPage<Case> page = work.queue(query(first, pageSize));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            Instant now = clock.instant();
            return page.items().stream().map(c -> CaseRow.of(c, now, reader.tag())).toList();
        }

        @Override
        public String getRowKey(CaseRow row) {
            return Long.toString(row.number());
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            List<CaseRow> shown = getWrappedData();
            return shown == null ? null : shown.stream()
                    .filter(r -> Long.toString(r.number()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    /** How many of the body's cases are in a state. */
    public record StateCount(CaseState state, long count) implements Serializable {
        public CaseState getState() {
            return state;
        }

        public long getCount() {
            return count;
        }
    }

    /** The address of this queue with the state filter set to the given one (null: the open states). */
    public String stateUrl(CaseState target) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("body", chosen == null ? null : chosen.slug());
        parameters.put("state", target == null ? null : lower(target));
        parameters.put("type", type);
        parameters.put("mine", isMineOnly() ? "true" : null);
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "index.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address of this queue showing the overdue open cases. */
    public String overdueUrl() {
        return stateUrl(null) + (stateUrl(null).contains("?") ? "&" : "?") + "due=overdue";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public boolean isFiltered() {
        return parse(CaseState.class, state) != null || caseTypes.parse(type) != null
                || parse(DueFilter.class, due) != null && parse(DueFilter.class, due) != DueFilter.ANY || isMineOnly();
    }

    public boolean isMineOnly() {
        return mine != null && (mine.equalsIgnoreCase("true") || mine.equalsIgnoreCase("on") || mine.equals("1"));
    }

    public String getStateValue() {
        CaseState parsed = parse(CaseState.class, state);
        return parsed == null ? "" : lower(parsed);
    }

    public String getTypeValue() {
        CaseType parsed = caseTypes.parse(type);
        return parsed == null ? "" : parsed.code().toLowerCase(Locale.ROOT);
    }

    public String getDueValue() {
        DueFilter parsed = parse(DueFilter.class, due);
        return parsed == null || parsed == DueFilter.ANY ? "" : lower(parsed);
    }

    public List<String> getStateOptions() {
        return Arrays.stream(CaseState.values()).map(CaseQueuePage::lower).toList();
    }

    public List<String> getTypeOptions() {
        return caseTypes.all().stream().map(t -> t.code().toLowerCase(Locale.ROOT)).toList();
    }

    public List<String> getDueOptions() {
        return Arrays.stream(DueFilter.values()).filter(d -> d != DueFilter.ANY).map(CaseQueuePage::lower).toList();
    }

    public List<BodyChoice> getBodyChoices() {
        return bodyChoices;
    }

    public BodyChoice getChosen() {
        return chosen;
    }

    public List<StateCount> getCounts() {
        return counts;
    }

    public long getOpenCount() {
        return counts.stream().filter(c -> c.state().isOpen()).mapToLong(StateCount::count).sum();
    }

    public long getOverdue() {
        return overdue;
    }

    public Rows getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getMine() {
        return mine;
    }

    public void setMine(String mine) {
        this.mine = mine;
    }
}
