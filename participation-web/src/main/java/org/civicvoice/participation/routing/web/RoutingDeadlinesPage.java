package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.routing.boundary.RoutingRules;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.DeadlineSetting;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.shared.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code routing/deadlines.xhtml}: the time each case type gets, for every body and for the bodies that have their
 * own. With {@code ?type=} (and {@code &body=}) the form holds that deadline to change it; with {@code &step=remove},
 * the confirmation before a body's own deadline is removed. Officials read; platform administrators set and remove.
 */
@Named
@RequestScoped
public class RoutingDeadlinesPage {

    static final String PAGE = "/routing/deadlines.xhtml";
    static final String STEP_REMOVE = "remove";
    static final String FORM = "set";

    @Inject
    CaseTypes caseTypes;

    @Inject
    RoutingRules rules;

    @Inject
    DirectoryChoices directory;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    FacesContext faces;

    private String type;
    private String body;
    private String step;

    private String draftType;
    private String draftBody;
    private Integer workingDays;
    private Integer reminderDays;
    private Integer escalationDays;

    private List<DeadlineSetting> deadlines;
    private Map<String, String> bodyNames;

    /** A GET: the form holds the deadline asked for, if there is one. */
    public void load() {
        CaseType chosen = caseTypes.parse(type);
        if (type != null && !type.isBlank() && chosen == null) {
            navigation.notFound();
            return;
        }
        if (chosen == null) {
            return;
        }
        String slug = blankToNull(body);
        DeadlineSetting shown = find(chosen, slug);
        if (shown == null && slug != null) {
            shown = find(chosen, null);
            if (isRemoveStep()) {
                navigation.notFound();
                return;
            }
        }
        draftType = chosen.name();
        draftBody = slug;
        if (shown != null) {
            workingDays = shown.workingDays();
            reminderDays = shown.reminderDays();
            escalationDays = shown.escalationDays();
        }
    }

    public boolean isAdministrator() {
        return faces.getExternalContext().isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** Every deadline in force, by case type; for every body first, then the bodies' own. */
    public List<DeadlineSetting> getDeadlines() {
        if (deadlines == null) {
            deadlines = rules.deadlines();
        }
        return deadlines;
    }

    /** The deadlines for every body, one per case type. */
    public List<DeadlineSetting> getDefaults() {
        return getDeadlines().stream().filter(d -> d.bodySlug() == null).toList();
    }

    /** The deadlines bodies have of their own, by body name and case type. */
    public List<DeadlineSetting> getOverrides() {
        return getDeadlines().stream().filter(d -> d.bodySlug() != null)
                .sorted(Comparator.comparing((DeadlineSetting d) -> bodyName(d.bodySlug()).toLowerCase())
                        .thenComparing(DeadlineSetting::type))
                .toList();
    }

    /** The body's name for its slug (the slug itself for a body no longer listed). */
    public String bodyName(String slug) {
        if (bodyNames == null) {
            bodyNames = getBodies().stream().collect(Collectors.toMap(Body::getSlug, Body::getName, (a, b) -> a));
        }
        return bodyNames.getOrDefault(slug, slug);
    }

    public List<Body> getBodies() {
        return directory.getBodies();
    }

    public List<CaseType> getCaseTypes() {
        return caseTypes.all();
    }

    public String caseTypeLabel(CaseType caseType) {
        return messages.text(caseTypes.labelKey(caseType));
    }

    /** The address of the form holding a deadline, to change it. */
    public String changeLink(DeadlineSetting setting) {
        return query(setting) + "#set";
    }

    /** The address of the confirmation before a body's own deadline is removed. */
    public String removeLink(DeadlineSetting setting) {
        return query(setting) + "&step=" + STEP_REMOVE + "#remove";
    }

    /** "Change: Proposal, Ministry of Health", for a link's accessible name. */
    public String settingName(DeadlineSetting setting) {
        return caseTypeLabel(setting.type()) + ", " + (setting.bodySlug() == null
                ? messages.text("routing.deadlines.everyBody") : bodyName(setting.bodySlug()));
    }

    /** Whether the confirmation before removing the body's own deadline of {@code ?type=&body=} is shown. */
    public boolean isRemoveStep() {
        return STEP_REMOVE.equals(step) && caseTypes.parse(type) != null && blankToNull(body) != null
                && find(caseTypes.parse(type), blankToNull(body)) != null;
    }

    public String getRemoveTitle() {
        return messages.text("routing.deadlines.remove.confirmTitle", caseTypeLabel(caseTypes.parse(type)),
                bodyName(blankToNull(body)));
    }

    /** Sets the deadline of the form: for every body, or for the one chosen. */
    public void save() {
        CaseType chosen = caseTypes.parse(draftType);
        if (chosen == null) {
            messages.fieldError(FORM + ":type", "case.invalid.deadline.type");
            faces.validationFailed();
            return;
        }
        if (workingDays == null || reminderDays == null || escalationDays == null) {
            messages.fieldError(FORM + ":workingDays", "case.invalid.deadline.days");
            faces.validationFailed();
            return;
        }
        DeadlineSetting setting;
        try {
            setting = new DeadlineSetting(chosen, blankToNull(draftBody), workingDays, reminderDays, escalationDays);
        } catch (InvalidCaseInput e) {
            messages.fieldError(FORM + ":workingDays", "case.invalid.deadline.days");
            faces.validationFailed();
            return;
        }
        try {
            rules.setDeadline(setting);
            messages.info(setting.bodySlug() == null ? "routing.deadlines.saved" : "routing.deadlines.savedForBody",
                    caseTypeLabel(chosen), setting.bodySlug() == null ? "" : bodyName(setting.bodySlug()));
            navigation.redirect(PAGE);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Removes a body's own deadline: the body has the one for every body again. */
    public void remove() {
        CaseType chosen = caseTypes.parse(type);
        String slug = blankToNull(body);
        if (chosen == null || slug == null) {
            return;
        }
        try {
            rules.removeDeadline(chosen, slug);
            messages.info("routing.deadlines.removed", caseTypeLabel(chosen), bodyName(slug));
            navigation.redirect(PAGE);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private DeadlineSetting find(CaseType caseType, String slug) {
        return getDeadlines().stream()
                .filter(d -> d.type().equals(caseType) && Objects.equals(d.bodySlug(), slug))
                .findFirst().orElse(null);
    }

    private static String query(DeadlineSetting setting) {
        return "?type=" + setting.type().name() + (setting.bodySlug() == null ? ""
                : "&body=" + URLEncoder.encode(setting.bodySlug(), StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getDraftType() {
        return draftType;
    }

    public void setDraftType(String draftType) {
        this.draftType = draftType;
    }

    public String getDraftBody() {
        return draftBody;
    }

    public void setDraftBody(String draftBody) {
        this.draftBody = draftBody;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public Integer getEscalationDays() {
        return escalationDays;
    }

    public void setEscalationDays(Integer escalationDays) {
        this.escalationDays = escalationDays;
    }
}
