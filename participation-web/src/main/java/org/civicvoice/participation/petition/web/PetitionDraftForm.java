package org.civicvoice.participation.petition.web;

import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.inject.Inject;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionDraft;
import org.civicvoice.participation.petition.entity.PetitionText;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a petition draft shared by {@code petition/new.xhtml} and {@code petition/edit.xhtml}: the topic
 * first, then the bodies answering for it, the petition types of the chosen body, an optional region, and the text.
 */
public abstract class PetitionDraftForm implements Serializable {

    @Inject
    DirectoryChoices directory;

    @Inject
    transient Petitions petitions;

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient Topics topics;

    @Inject
    transient Regions regions;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String topic;
    private String body;
    private String type;
    private String region;
    private String title;
    private String action;
    private String background;
    private List<Choice> topicChoices = List.of();
    private List<Choice> bodyChoices = List.of();
    private List<Choice> typeChoices = List.of();
    private List<Choice> regionChoices = List.of();
    private boolean bodiesSuggested;

    /** A value of a select and its label. */
    public record Choice(String value, String label, String description) implements Serializable {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public String getDescription() {
            return description;
        }
    }

    protected void prepareChoices() {
        topicChoices = directory.getTopics().stream().map(t -> new Choice(t.getSlug(), t.getName(), null)).toList();
        regionChoices = directory.getRegions().stream().map(r -> new Choice(r.getCode(), r.getName(), null)).toList();
        suggestBodies();
        listTypes();
    }

    /** The topic changed: the bodies that answer for it come first, marked as suggested. */
    public void topicChanged() {
        suggestBodies();
        listTypes();
    }

    /** The body changed: its petition types (or those of the body above it). */
    public void bodyChanged() {
        listTypes();
    }

    private void suggestBodies() {
        List<Choice> suggested = new ArrayList<>();
        if (topic != null && !topic.isBlank()) {
            bodies.list(new BodyFilter(Optional.empty(), Optional.of(topic), Optional.empty(), Optional.empty()), 0, 200)
                    .items().forEach(b -> suggested.add(new Choice(b.getSlug(),
                            messages.text("petition.form.suggested", b.getName()), null)));
        }
        bodiesSuggested = !suggested.isEmpty();
        List<Choice> all = new ArrayList<>(suggested);
        directory.getBodies().stream()
                .filter(b -> suggested.stream().noneMatch(s -> s.value().equals(b.getSlug())))
                .forEach(b -> all.add(new Choice(b.getSlug(), b.getName(), null)));
        bodyChoices = all;
    }

    private void listTypes() {
        Optional<BodySlug> slug = BodySlug.parse(body);
        typeChoices = slug.isEmpty() ? List.of() : petitions.typesFor(slug.get()).stream()
                .map(t -> new Choice(t.getCode(), t.getName(), t.getDescription())).toList();
        if (typeChoices.stream().noneMatch(c -> c.value().equals(type))) {
            type = typeChoices.size() == 1 ? typeChoices.get(0).value() : null;
        }
    }

    protected PetitionDraft draft() {
        return new PetitionDraft(body, type, topic, region, title, action, background);
    }

    protected void show(String topic, String body, String type, String region, String title, String action,
                        String background) {
        this.topic = topic;
        this.body = body;
        this.type = type;
        this.region = region;
        this.title = title;
        this.action = action;
        this.background = background;
    }

    public int getTitleCount() {
        return title == null ? 0 : title.length();
    }

    public int getActionCount() {
        return action == null ? 0 : action.length();
    }

    public int getBackgroundCount() {
        return background == null ? 0 : background.length();
    }

    public int getTitleMin() {
        return PetitionText.TITLE_MIN;
    }

    public int getTitleLength() {
        return PetitionText.TITLE_LENGTH;
    }

    public int getActionLength() {
        return PetitionText.ACTION_LENGTH;
    }

    public int getBackgroundLength() {
        return PetitionText.BACKGROUND_LENGTH;
    }

    public Choice getTypeChoice() {
        return typeChoices.stream().filter(c -> c.value().equals(type)).findFirst().orElse(null);
    }

    public boolean isBodiesSuggested() {
        return bodiesSuggested;
    }

    public List<Choice> getTopicChoices() {
        return topicChoices;
    }

    public List<Choice> getBodyChoices() {
        return bodyChoices;
    }

    public List<Choice> getTypeChoices() {
        return typeChoices;
    }

    public List<Choice> getRegionChoices() {
        return regionChoices;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }
}
