package org.civicvoice.participation.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalQuery;
import org.civicvoice.participation.proposal.entity.ProposalSort;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.shared.ResultPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code proposal/index.xhtml}: public proposals with search, filters, order and pages, all in the address (a plain
 * GET form), so that a search can be shared and no session is opened.
 */
@Named
@RequestScoped
public class ProposalIndexPage {

    static final int PAGE_SIZE = 12;

    @Inject
    Proposals proposals;

    @Inject
    DirectoryChoices directory;

    @Inject
    Messages messages;

    private String q;
    private String state;
    private String body;
    private String topic;
    private String region;
    private String sort;
    private String page;
    private ResultPage<ProposalCard> result = new ResultPage<>(List.of(), 0, 0, PAGE_SIZE);

    public void load() {
        try {
            result = proposals.search(new ProposalQuery(Optional.ofNullable(q), Optional.ofNullable(parseState()),
                    Optional.ofNullable(body), Optional.ofNullable(topic), Optional.ofNullable(region),
                    Optional.empty(), parseSort(), (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private ProposalState parseState() {
        return Arrays.stream(ProposalState.values()).filter(ProposalState::isPublic)
                .filter(s -> s.name().equalsIgnoreCase(state == null ? "" : state.replace('-', '_')))
                .findFirst().orElse(null);
    }

    private ProposalSort parseSort() {
        return Arrays.stream(ProposalSort.values())
                .filter(s -> sort != null && s.name().equalsIgnoreCase(sort.replace('-', '_')))
                .findFirst().orElse(ProposalSort.MOST_SUPPORTED);
    }

    public int getPageNumber() {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(page == null ? "1" : page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The address of another page of the same search. */
    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("state", state);
        parameters.put("body", body);
        parameters.put("topic", topic);
        parameters.put("region", region);
        parameters.put("sort", sort);
        parameters.put("page", number > 1 ? Integer.toString(number) : null);
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "index.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public boolean isFiltered() {
        return Arrays.asList(q, state, body, topic, region).stream().anyMatch(v -> v != null && !v.isBlank());
    }

    public List<String> getStates() {
        return Arrays.stream(ProposalState.values()).filter(ProposalState::isPublic)
                .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    public String stateKey(String value) {
        return "proposal.state." + value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public List<String> getSorts() {
        return Arrays.stream(ProposalSort.values()).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }

    public String getSortValue() {
        return parseSort().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String getStateValue() {
        ProposalState parsed = parseState();
        return parsed == null ? "" : parsed.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Body> getBodies() {
        return directory.getBodies();
    }

    public List<Topic> getTopics() {
        return directory.getTopics();
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    public ResultPage<ProposalCard> getResult() {
        return result;
    }

    public List<ProposalCard> getCards() {
        return result.items();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
