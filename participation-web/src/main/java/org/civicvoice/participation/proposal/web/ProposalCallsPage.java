package org.civicvoice.participation.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.proposal.boundary.ProposalCalls;
import org.civicvoice.participation.proposal.entity.CallDraft;
import org.civicvoice.participation.proposal.entity.CallRanking;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.UnknownCall;
import org.civicvoice.participation.shared.Roles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code proposal/calls.xhtml[?call=n]}: the calls for proposals; one call with its proposals ranked by support and
 * those it forwarded; officials open a new call for their body.
 */
@Named
@RequestScoped
public class ProposalCallsPage {

    static final int RANKED = 50;

    @Inject
    ProposalCalls calls;

    @Inject
    DirectoryChoices directory;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    HttpServletRequest request;

    private String call;
    private List<ProposalCall> all = List.of();
    private CallRanking ranking;
    private String body;
    private String title;
    private String question;
    private String opensOn;
    private String closesOn;
    private Integer topN = 3;
    private boolean toCommittee;

    public void load() {
        if (call != null && !call.isBlank()) {
            try {
                ranking = calls.ranking(Long.parseLong(call.strip()), RANKED);
            } catch (UnknownCall | NumberFormatException e) {
                navigation.notFound();
            }
        } else {
            all = calls.all();
        }
    }

    public void open() {
        LocalDate opens;
        LocalDate closes;
        try {
            opens = LocalDate.parse(opensOn == null ? "" : opensOn.strip());
            closes = LocalDate.parse(closesOn == null ? "" : closesOn.strip());
        } catch (DateTimeParseException e) {
            messages.fieldError("call:closesOn", "proposal.call.dates");
            return;
        }
        try {
            long id = calls.open(new CallDraft(body, title, question, opens.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    closes.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), topN == null ? 0 : topN,
                    toCommittee)).getId();
            messages.info("proposal.calls.opened");
            navigation.redirect("/proposal/calls.xhtml?call=" + id);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public boolean isOfficial() {
        return request.isUserInRole(Roles.OFFICIAL) || request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isForwarded(long number) {
        return ranking != null && ranking.forwarded().contains(number);
    }

    public List<Body> getBodies() {
        return directory.getBodies();
    }

    public List<ProposalCall> getAll() {
        return all;
    }

    public CallRanking getRanking() {
        return ranking;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getTopN() {
        return topN;
    }

    public void setTopN(Integer topN) {
        this.topN = topN;
    }

    public boolean isToCommittee() {
        return toCommittee;
    }

    public void setToCommittee(boolean toCommittee) {
        this.toCommittee = toCommittee;
    }
}
