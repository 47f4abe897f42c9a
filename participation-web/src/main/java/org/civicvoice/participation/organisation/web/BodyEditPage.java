package org.civicvoice.participation.organisation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.OrganisationAdministration;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyDraft;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.BodyText;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.TranslatedTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code organisation/edit-body.xhtml[?slug=...]}: a platform administrator adds a government body or changes
 * one, its name, short name and description in every platform language side by side. A change saved by someone else meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class BodyEditPage implements Serializable {

    @Inject
    DirectoryChoices directory;

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient OrganisationAdministration administration;

    @Inject
    transient Regions regions;

    @Inject
    transient Topics topics;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String slug;
    private boolean existing;
    private long version;
    private String name;
    private String shortName;
    private BodyKind kind = BodyKind.DEPARTMENT;
    private String parent;
    private String region;
    private String description;
    private String contactEmail;
    private String contactPhone;
    private String website;
    private String address;
    private List<String> topicSlugs = new ArrayList<>();
    private final TranslatedTexts translations = new TranslatedTexts();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || slug == null || slug.isBlank()) {
            return;
        }
        Optional<BodySlug> parsed = BodySlug.parse(slug);
        try {
            Body body = bodies.find(parsed.orElseThrow(() -> new UnknownBody(slug)));
            existing = true;
            version = body.getVersion();
            name = body.getName();
            shortName = body.getShortName();
            kind = body.getKind();
            parent = body.getParent() == null ? null : body.getParent().getSlug();
            region = body.getRegion() == null ? null : body.getRegion().getCode();
            description = body.getDescription();
            contactEmail = body.getContactEmail();
            contactPhone = body.getContactPhone();
            website = body.getWebsite();
            address = body.getAddress();
            topicSlugs = new ArrayList<>(body.getTopics().stream().map(Topic::getSlug).toList());
            body.translations().forEach((language, text) -> {
                TranslatedTexts.Fields fields = translations.of(language);
                if (fields != null) {
                    fields.setName(text.getName());
                    fields.setShortName(text.getShortName());
                    fields.setDescription(text.getDescription());
                }
            });
        } catch (UnknownBody e) {
            navigation.notFound();
        }
    }

    public void save() {
        try {
            BodyDraft draft = new BodyDraft(slug, name, shortName, kind, parent, region, description, contactEmail,
                    contactPhone, website, address, topicSlugs, texts());
            Body saved = existing ? administration.updateBody(BodySlug.of(slug), draft, version)
                    : administration.createBody(draft);
            messages.info("organisation.edit.saved");
            navigation.redirect("/organisation/body.xhtml?slug=" + saved.getSlug());
        } catch (IllegalArgumentException e) {
            messages.error("organisation.edit.invalidSlug");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private Map<String, BodyText> texts() {
        Map<String, BodyText> texts = new LinkedHashMap<>();
        translations.getFields().forEach((language, fields) ->
                texts.put(language, new BodyText(fields.getName(), fields.getShortName(), fields.getDescription())));
        return texts;
    }

    /** The languages whose texts the form takes beside the default ones. */
    public List<Language> getOtherLanguages() {
        return TranslatedTexts.others();
    }

    public TranslatedTexts getTranslations() {
        return translations;
    }

    public List<Body> getParentChoices() {
        return directory.getBodies().stream().filter(b -> !b.getSlug().equals(slug)).toList();
    }

    public List<Region> getRegionChoices() {
        return directory.getRegions();
    }

    public List<Topic> getTopicChoices() {
        return directory.getTopics();
    }

    public BodyKind[] getKinds() {
        return BodyKind.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getTopicSlugs() {
        return topicSlugs;
    }

    public void setTopicSlugs(List<String> topicSlugs) {
        this.topicSlugs = topicSlugs;
    }
}
