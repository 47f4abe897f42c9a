package org.civicvoice.participation.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.civicvoice.participation.shared.PlainText;

/**
 * A step in carrying out a winning project: what, by when, where it stands, how far (per cent) and how much money
 * it has used. A milestone past its date and not done is shown as delayed.
 */
@Entity
@Table(name = "bud_milestone")
public class ProjectMilestone {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private BudgetProject project;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MilestoneStatus status;

    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "spent", nullable = false)
    private long spent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProjectMilestone() {
    }

    public ProjectMilestone(BudgetProject project, MilestoneDraft draft, Instant now) {
        this.project = Objects.requireNonNull(project);
        this.createdAt = now;
        update(draft, now);
    }

    /** Changes the milestone as the body reports progress. */
    public void update(MilestoneDraft draft, Instant now) {
        String cleanTitle = draft.title() == null ? "" : PlainText.line(draft.title());
        if (cleanTitle.length() < 3 || cleanTitle.length() > TITLE_LENGTH) {
            throw new InvalidBudgetInput("budget.milestone.title", 3, TITLE_LENGTH);
        }
        String cleanDescription = draft.description() == null ? "" : draft.description().strip();
        if (cleanDescription.length() > DESCRIPTION_LENGTH) {
            throw new InvalidBudgetInput("budget.input.description", DESCRIPTION_LENGTH);
        }
        if (draft.dueOn() == null) {
            throw new InvalidBudgetInput("budget.milestone.dueOn");
        }
        if (draft.progress() < 0 || draft.progress() > 100) {
            throw new InvalidBudgetInput("budget.milestone.progress");
        }
        if (draft.spent() < 0) {
            throw new InvalidBudgetInput("budget.milestone.spent");
        }
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.dueOn = draft.dueOn();
        this.status = draft.status() == null ? MilestoneStatus.PLANNED : draft.status();
        this.progress = this.status == MilestoneStatus.DONE ? 100 : draft.progress();
        this.spent = draft.spent();
        this.updatedAt = now;
    }

    /** Past its date and neither done nor cancelled. */
    public boolean isDelayed(LocalDate today) {
        return dueOn.isBefore(today) && status != MilestoneStatus.DONE && status != MilestoneStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public BudgetProject getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public long getSpent() {
        return spent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectMilestone m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
