package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.petition.boundary.PetitionTypes;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.Consequence;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.entity.PetitionTypeDraft;
import org.civicvoice.participation.petition.entity.TypeThreshold;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.TranslatedTexts;
import org.civicvoice.participation.shared.ContentText;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code petition/types.xhtml}: the petition types an author may choose for a body (its own and those of the bodies
 * above it), and, for platform administrators, the form that defines a new one: thresholds and what each triggers,
 * the collection period, sponsors, the identity level of signers and an optional region.
 */
@Named
@RequestScoped
public class PetitionTypesPage {

    static final String PAGE = "/petition/types.xhtml";
    static final int THRESHOLD_ROWS = 3;
    static final int DEFAULT_DAYS = 182;
    static final int DEFAULT_SPONSORS = 5;

    @Inject
    Petitions petitions;

    @Inject
    PetitionTypes types;

    @Inject
    DirectoryChoices directory;

    @Inject
    PetitionFormat format;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    FacesContext faces;

    private String body;
    private Body shown;
    private List<PetitionType> found;

    private String code;
    private String name;
    private String description;
    private String collectionDays = Integer.toString(DEFAULT_DAYS);
    private String sponsorsRequired = Integer.toString(DEFAULT_SPONSORS);
    private String minAssurance = AssuranceLevel.EMAIL_VERIFIED.name();
    private String region;
    private final TranslatedTexts translations = new TranslatedTexts();
    private final List<ThresholdRow> thresholds = new ArrayList<>();

    public PetitionTypesPage() {
        for (int i = 0; i < THRESHOLD_ROWS; i++) {
            thresholds.add(new ThresholdRow());
        }
    }

    /** One line of the threshold table of the form: a number of signatures or a share of the population. */
    public static class ThresholdRow {
        private String signatures;
        private String percent;
        private String consequence;

        public String getSignatures() {
            return signatures;
        }

        public void setSignatures(String signatures) {
            this.signatures = signatures;
        }

        public String getPercent() {
            return percent;
        }

        public void setPercent(String percent) {
            this.percent = percent;
        }

        public String getConsequence() {
            return consequence;
        }

        public void setConsequence(String consequence) {
            this.consequence = consequence;
        }

        boolean isBlank() {
            return blank(signatures) && blank(percent) && blank(consequence);
        }
    }

    /** A GET: the body asked for; an unknown body is a 404. */
    public void load() {
        if (body == null || body.isBlank()) {
            return;
        }
        Optional<BodySlug> slug = BodySlug.parse(body.strip());
        if (slug.isEmpty()) {
            navigation.notFound();
            return;
        }
        try {
            found = petitions.typesFor(slug.get());
        } catch (UnknownBody e) {
            navigation.notFound();
            return;
        }
        shown = directory.getBodies().stream().filter(b -> b.getSlug().equals(slug.get().value())).findFirst()
                .orElse(null);
    }

    /** Shows the chosen body's types at an address that can be shared. */
    public void choose() {
        navigation.redirect(body == null || body.isBlank() ? PAGE
                : PAGE + "?body=" + URLEncoder.encode(body.strip(), StandardCharsets.UTF_8));
    }

    public void define() {
        BodySlug slug = BodySlug.parse(body == null ? "" : body.strip()).orElse(null);
        if (slug == null) {
            messages.fieldError("define:body", "petition.types.chooseBody");
            faces.validationFailed();
            return;
        }
        try {
            PetitionTypeDraft draft = draft();
            if (draft == null) {
                return;
            }
            PetitionType type = types.define(slug, draft);
            messages.info("petition.types.defined", type.getName());
            navigation.redirect(PAGE + "?body=" + URLEncoder.encode(slug.value(), StandardCharsets.UTF_8)
                    + "#type-" + type.getCode());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** The form's type, or null with each field's message when a number cannot be read. */
    private PetitionTypeDraft draft() {
        Integer days = whole(collectionDays, "define:collectionDays", "petition.type.days");
        Integer sponsors = whole(sponsorsRequired, "define:sponsors", "petition.type.sponsors");
        List<PetitionTypeDraft.Threshold> steps = new ArrayList<>();
        boolean readable = days != null && sponsors != null;
        for (int i = 0; i < thresholds.size(); i++) {
            ThresholdRow row = thresholds.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "define:thresholds:" + i;
            Integer signatures = blank(row.signatures) ? null : whole(row.signatures, field + ":signatures",
                    "petition.type.threshold");
            BigDecimal percent = null;
            if (!blank(row.percent)) {
                try {
                    percent = new BigDecimal(row.percent.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    messages.fieldError(field + ":percent", "petition.type.threshold");
                    faces.validationFailed();
                }
            }
            if (faces.isValidationFailed()) {
                readable = false;
                continue;
            }
            steps.add(new PetitionTypeDraft.Threshold(signatures, percent, blank(row.consequence) ? null : row.consequence));
        }
        if (!readable || faces.isValidationFailed()) {
            return null;
        }
        return new PetitionTypeDraft(trimmed(code), trimmed(name), trimmed(description), days, sponsors, minAssurance,
                trimmed(region), steps, texts());
    }

    private Map<String, ContentText> texts() {
        Map<String, ContentText> texts = new LinkedHashMap<>();
        translations.getFields().forEach((language, fields) ->
                texts.put(language, PetitionType.text(fields.getName(), fields.getDescription())));
        return texts;
    }

    /** The languages whose name and description the form takes beside the default ones. */
    public List<Language> getOtherLanguages() {
        return TranslatedTexts.others();
    }

    public TranslatedTexts getTranslations() {
        return translations;
    }

    private Integer whole(String text, String clientId, String key) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            messages.fieldError(clientId, key);
            faces.validationFailed();
            return null;
        }
    }

    /** "10,000 signatures: government response; 1 % of the population: debate in parliament". */
    public String thresholdsOf(PetitionType type) {
        return type.getThresholds().stream().map(this::threshold).collect(Collectors.joining("; "));
    }

    private String threshold(TypeThreshold threshold) {
        String consequence = messages.text("petition.consequence." + threshold.getConsequence());
        return threshold.getSignatures() != null
                ? messages.text("petition.types.thresholdSignatures", format.count(threshold.getSignatures()), consequence)
                : messages.text("petition.types.thresholdShare", threshold.getPopulationPercent().stripTrailingZeros()
                .toPlainString(), consequence);
    }

    /** Whether the type is the shown body's own (else it comes from a body above). */
    public boolean isOwn(PetitionType type) {
        return shown != null && type.getBody().getId().equals(shown.getId());
    }

    public List<PetitionType> getTypes() {
        return found == null ? List.of() : found;
    }

    public boolean isBodyChosen() {
        return found != null;
    }

    public Body getShown() {
        return shown;
    }

    public List<Body> getBodies() {
        return directory.getBodies();
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    public Consequence[] getConsequences() {
        return Consequence.values();
    }

    public AssuranceLevel[] getAssuranceLevels() {
        return AssuranceLevel.values();
    }

    public List<ThresholdRow> getThresholds() {
        return thresholds;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCollectionDays() {
        return collectionDays;
    }

    public void setCollectionDays(String collectionDays) {
        this.collectionDays = collectionDays;
    }

    public String getSponsorsRequired() {
        return sponsorsRequired;
    }

    public void setSponsorsRequired(String sponsorsRequired) {
        this.sponsorsRequired = sponsorsRequired;
    }

    public String getMinAssurance() {
        return minAssurance;
    }

    public void setMinAssurance(String minAssurance) {
        this.minAssurance = minAssurance;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
