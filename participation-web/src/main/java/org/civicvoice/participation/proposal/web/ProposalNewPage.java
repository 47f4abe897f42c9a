package org.civicvoice.participation.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.proposal.boundary.ProposalCalls;
import org.civicvoice.participation.proposal.boundary.ProposalDrafting;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalDraft;
import org.civicvoice.participation.proposal.entity.ProposalKind;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalText;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code proposal/new.xhtml[?call=n]}: writing a proposal. The form keeps what was typed when a rule says no, and
 * shows the message next to the field it concerns; once a title is typed, similar published proposals are shown;
 * once a topic is chosen, the bodies answering for it are suggested.
 */
@Named
@ViewScoped
public class ProposalNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field a refusal of the boundary is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "proposal.text.title", "proposal:title",
            "proposal.text.kind", "proposal:kind",
            "proposal.text.change", "proposal:change",
            "proposal.text.reason", "proposal:reason",
            "proposal.text.onBehalfOf", "proposal:onBehalfOf",
            "proposal.text.topic", "proposal:topic",
            "proposal.text.body", "proposal:body",
            "proposal.text.callClosed", "proposal:call");

    @Inject
    transient ProposalDrafting drafting;

    @Inject
    transient Proposals proposals;

    @Inject
    transient ProposalCalls calls;

    @Inject
    transient DirectoryChoices directory;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String title;
    private ProposalKind kind;
    private String change;
    private String reason;
    private String onBehalfOf;
    private String topic;
    private String region;
    private String body;
    private Long call;
    private transient List<ProposalCard> similar;
    private String suggestedBodies;

    public void load() {
    }

    public void lookForSimilar() {
        similar = proposals.similarTo(title, Proposals.SIMILAR_MAX);
    }

    public void topicChanged() {
        List<Body> suggested = drafting.suggestedBodies(topic);
        suggestedBodies = suggested.isEmpty() ? null
                : suggested.stream().map(Body::getName).collect(Collectors.joining(", "));
        if ((body == null || body.isBlank()) && !suggested.isEmpty()) {
            body = suggested.get(0).getSlug();
        }
    }

    public void save() {
        keep(false);
    }

    public void saveAndSubmit() {
        keep(true);
    }

    private void keep(boolean submit) {
        try {
            ProposalDraft draft = new ProposalDraft(new ProposalText(title, kind, change, reason, onBehalfOf), topic,
                    region, body, call);
            ProposalNumber number = submit ? drafting.saveAndSubmit(draft) : drafting.save(draft);
            messages.info(submit ? "proposal.new.submitted" : "proposal.new.saved");
            navigation.redirect("/proposal/view.xhtml?number=" + number);
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    public ProposalKind[] getKinds() {
        return ProposalKind.values();
    }

    public List<Topic> getTopics() {
        return directory.getTopics();
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    public List<Body> getBodies() {
        return directory.getBodies();
    }

    public List<ProposalCall> getOpenCalls() {
        return calls.openNow();
    }

    public int getTitleLength() {
        return ProposalText.TITLE_LENGTH;
    }

    public int getChangeLength() {
        return ProposalText.CHANGE_LENGTH;
    }

    public int getOnBehalfOfLength() {
        return ProposalText.ON_BEHALF_OF_LENGTH;
    }

    public List<ProposalCard> getSimilar() {
        return similar == null ? List.of() : similar;
    }

    public String getSuggestedBodies() {
        return suggestedBodies;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public void setKind(ProposalKind kind) {
        this.kind = kind;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }
}
