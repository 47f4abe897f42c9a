package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.routing.boundary.RoutingRules;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Holiday;
import org.civicvoice.participation.routing.entity.Routing;
import org.civicvoice.participation.routing.entity.RuleDraft;
import org.civicvoice.participation.routing.entity.RuleVersion;
import org.civicvoice.participation.routing.entity.UnknownRule;
import org.civicvoice.participation.shared.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code routing/rules.xhtml}: the routing rules in force, the first to apply first, a preview of where an item
 * would go, and the holidays of the next twelve months. With {@code ?rule=}, one rule with every version (who
 * wrote it, when); with {@code &step=retire}, the confirmation before it is retired. Officials read; platform
 * administrators create, change (each change a new version) and retire rules, and add and remove holidays.
 */
@Named
@RequestScoped
public class RoutingRulesPage {

    @Inject
    CaseTypes caseTypes;

    @Inject
    DirectoryChoices directory;

    static final int HOLIDAY_MONTHS = 12;
    static final String PAGE = "/routing/rules.xhtml";
    static final String STEP_RETIRE = "retire";

    @Inject
    RoutingRules rules;




    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    LocaleSelection locale;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String rule;
    private String step;

    private String type;
    private String topic;
    private String region;
    private String body;

    private String draftType;
    private String draftTopic;
    private String draftRegion;
    private String draftBody;
    private String draftPriority;
    private String draftNote;

    private String holidayDay;
    private String holidayName;

    private List<RuleVersion> current;
    private List<RuleVersion> versions;
    private Routing preview;
    private List<Holiday> holidays;

    /** A GET: one rule and its form filled with its version in force, or the preview asked for. */
    public void load() {
        if (rule != null && !rule.isBlank()) {
            Long number = ruleNumber();
            if (number == null) {
                navigation.notFound();
                return;
            }
            try {
                versions = rules.versions(number);
            } catch (UnknownRule e) {
                navigation.notFound();
                return;
            }
            RuleVersion inForce = getInForce();
            if (inForce != null) {
                fill(inForce);
            }
            return;
        }
        if (body != null && !body.isBlank()) {
            try {
                preview = rules.preview(caseTypes.parse(type), topic, region, body);
            } catch (RuntimeException e) {
                messages.refused(e);
            }
        }
    }

    public boolean isAdministrator() {
        return faces.getExternalContext().isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** The rules in force, the first to apply first. */
    public List<RuleVersion> getCurrent() {
        if (current == null) {
            current = rules.current();
        }
        return current;
    }

    /**
     * Every version of the rule shown, the newest first. Not kept before the rule's number is known: a form's
     * postback sets it from a hidden field only after the page's components have been read.
     */
    public List<RuleVersion> getVersions() {
        if (versions == null) {
            Long number = ruleNumber();
            if (number == null) {
                return List.of();
            }
            versions = rules.versions(number);
        }
        return versions;
    }

    /** The version of the rule shown that is in force; null once the rule is retired. */
    public RuleVersion getInForce() {
        return getVersions().stream()
                .filter(v -> v.getSupersededAt() == null && v.getRule().getRetiredAt() == null)
                .findFirst().orElse(null);
    }

    /** When the rule shown was retired; null while it is in force. */
    public Instant getRetiredAt() {
        return getVersions().isEmpty() ? null : getVersions().get(0).getRule().getRetiredAt();
    }

    public boolean isRetireStep() {
        return STEP_RETIRE.equals(step) && getInForce() != null;
    }

    public Routing getPreview() {
        return preview;
    }

    /** "Rule 12, version 2": the rule version that decided the preview. */
    public String getPreviewRule() {
        RuleVersion decided = preview == null ? null : preview.rule();
        return decided == null ? "" : messages.text("routing.preview.ruleVersion",
                String.valueOf(decided.getRuleNumber()), String.valueOf(decided.getVersion()));
    }

    /** The holidays from today for twelve months. */
    public List<Holiday> getHolidays() {
        if (holidays == null) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            holidays = rules.holidays(today, today.plusMonths(HOLIDAY_MONTHS));
        }
        return holidays;
    }

    public List<CaseType> getCaseTypes() {
        return caseTypes.all();
    }

    public List<Topic> getTopics() {
        return directory.getTopics();
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    /** Every body, by name, for the target of a rule and the addressee of a preview. */
    public List<Body> getBodies() {
        return directory.getBodies();
    }

    /** Shows where an item would go, at an address that can be shared. */
    public void showPreview() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("type", type);
        query.put("topic", topic);
        query.put("region", region);
        query.put("body", body);
        StringBuilder url = new StringBuilder(PAGE);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue().strip(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        navigation.redirect(url.append("#preview").toString());
    }

    public void create() {
        RuleDraft draft = draft();
        if (draft == null) {
            return;
        }
        try {
            RuleVersion created = rules.create(draft);
            messages.info("routing.rule.created", String.valueOf(created.getRuleNumber()));
            navigation.redirect(PAGE + "?rule=" + created.getRuleNumber());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void change() {
        Long number = ruleNumber();
        RuleDraft draft = draft();
        if (number == null || draft == null) {
            return;
        }
        try {
            RuleVersion changed = rules.change(number, draft);
            messages.info("routing.rule.changed", String.valueOf(changed.getRuleNumber()), String.valueOf(changed.getVersion()));
            navigation.redirect(PAGE + "?rule=" + changed.getRuleNumber());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void retire() {
        Long number = ruleNumber();
        if (number == null) {
            return;
        }
        try {
            rules.retire(number);
            messages.info("routing.rule.retired", String.valueOf(number));
            navigation.redirect(PAGE);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void addHoliday() {
        LocalDate day;
        try {
            day = holidayDay == null || holidayDay.isBlank() ? null : LocalDate.parse(holidayDay.strip());
        } catch (DateTimeParseException e) {
            messages.fieldError("holiday:day", "case.invalid.holiday.day");
            faces.validationFailed();
            return;
        }
        try {
            rules.addHoliday(day, holidayName);
            messages.info("routing.holidays.added", date(day), holidayName.strip());
            navigation.redirect(PAGE + "#holidays");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void removeHoliday(LocalDate day) {
        try {
            rules.removeHoliday(day);
            messages.info("routing.holidays.removed", date(day));
            navigation.redirect(PAGE + "#holidays");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** "Rule 12". */
    public String ruleTitle(Object number) {
        return messages.text("routing.rule.title", String.valueOf(number));
    }

    public String getRetireTitle() {
        return messages.text("routing.retire.confirmTitle", String.valueOf(rule));
    }

    /** "any case type" or the case type's name in the reader's language. */
    public String caseTypeLabel(CaseType caseType) {
        return caseType == null ? messages.text("routing.any.caseType") : messages.text(caseTypes.labelKey(caseType));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLanguage().locale()).format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLanguage().locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** The form's rule, or null with the field's message when the priority is not a whole number. */
    private RuleDraft draft() {
        int priority;
        try {
            priority = draftPriority == null || draftPriority.isBlank() ? 0 : Integer.parseInt(draftPriority.strip());
        } catch (NumberFormatException e) {
            messages.fieldError(formId() + ":priority", "case.invalid.rule.priority");
            faces.validationFailed();
            return null;
        }
        return new RuleDraft(caseTypes.parse(draftType), blankToNull(draftTopic), blankToNull(draftRegion),
                blankToNull(draftBody), priority, draftNote);
    }

    private String formId() {
        return ruleNumber() == null ? "create" : "edit";
    }

    private void fill(RuleVersion version) {
        draftType = version.getCaseType() == null ? null : version.getCaseType().name();
        draftTopic = version.getTopic() == null ? null : version.getTopic().getSlug();
        draftRegion = version.getRegion() == null ? null : version.getRegion().getCode();
        draftBody = version.getBody().getSlug();
        draftPriority = Integer.toString(version.getPriority());
        draftNote = version.getNote();
    }

    private Long ruleNumber() {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(rule.strip());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getDraftType() {
        return draftType;
    }

    public void setDraftType(String draftType) {
        this.draftType = draftType;
    }

    public String getDraftTopic() {
        return draftTopic;
    }

    public void setDraftTopic(String draftTopic) {
        this.draftTopic = draftTopic;
    }

    public String getDraftRegion() {
        return draftRegion;
    }

    public void setDraftRegion(String draftRegion) {
        this.draftRegion = draftRegion;
    }

    public String getDraftBody() {
        return draftBody;
    }

    public void setDraftBody(String draftBody) {
        this.draftBody = draftBody;
    }

    public String getDraftPriority() {
        return draftPriority;
    }

    public void setDraftPriority(String draftPriority) {
        this.draftPriority = draftPriority;
    }

    public String getDraftNote() {
        return draftNote;
    }

    public void setDraftNote(String draftNote) {
        this.draftNote = draftNote;
    }

    public String getHolidayDay() {
        return holidayDay;
    }

    public void setHolidayDay(String holidayDay) {
        this.holidayDay = holidayDay;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
