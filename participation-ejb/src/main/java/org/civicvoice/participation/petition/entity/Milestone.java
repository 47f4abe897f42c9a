package org.civicvoice.participation.petition.entity;

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

import java.time.Instant;
import java.util.Objects;

/**
 * A threshold of one petition, fixed when the petition was submitted. {@code reachedAt} is set once, by a
 * conditional update, when the tally first reaches it.
 */
@Entity
@Table(name = "pet_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id", nullable = false, updatable = false)
    private Petition petition;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "signatures", nullable = false, updatable = false)
    private int signatures;

    @Enumerated(EnumType.STRING)
    @Column(name = "consequence", length = 30, nullable = false, updatable = false)
    private Consequence consequence;

    @Column(name = "reached_at", updatable = false)
    private Instant reachedAt;

    protected Milestone() {
    }

    public Milestone(Petition petition, int position, int signatures, Consequence consequence) {
        this.petition = Objects.requireNonNull(petition);
        this.position = position;
        this.signatures = signatures;
        this.consequence = Objects.requireNonNull(consequence);
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public int getPosition() {
        return position;
    }

    public int getSignatures() {
        return signatures;
    }

    public Consequence getConsequence() {
        return consequence;
    }

    public Instant getReachedAt() {
        return reachedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestone that && Objects.equals(petition, that.petition) && position == that.position;
    }

    @Override
    public int hashCode() {
        return position;
    }
}
