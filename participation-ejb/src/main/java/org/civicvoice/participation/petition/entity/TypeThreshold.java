package org.civicvoice.participation.petition.entity;

import jakarta.persistence.Cacheable;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One threshold of a petition type: a fixed number of signatures, or a share of a region's population. */
@Entity
@Cacheable
@Table(name = "pet_type_threshold")
public class TypeThreshold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false, updatable = false)
    private PetitionType type;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "signatures")
    private Integer signatures;

    @Column(name = "population_percent", precision = 6, scale = 3)
    private BigDecimal populationPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "consequence", length = 30, nullable = false)
    private Consequence consequence;

    protected TypeThreshold() {
    }

    TypeThreshold(PetitionType type, int position, Integer signatures, BigDecimal populationPercent,
                  Consequence consequence) {
        if ((signatures == null) == (populationPercent == null)
                || signatures != null && signatures < 1
                || populationPercent != null && (populationPercent.signum() <= 0 || populationPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidPetition("petition.type.threshold");
        }
        if (consequence == null) {
            throw new InvalidPetition("petition.type.consequence");
        }
        this.type = type;
        this.position = position;
        this.signatures = signatures;
        this.populationPercent = populationPercent;
        this.consequence = consequence;
    }

    Integer fixedSignatures() {
        return signatures;
    }

    public BigDecimal getPopulationPercent() {
        return populationPercent;
    }

    public Integer getSignatures() {
        return signatures;
    }

    public int getPosition() {
        return position;
    }

    public Consequence getConsequence() {
        return consequence;
    }

    /**
     * The signatures needed, given the population of the region the petition is limited to (rounded up, at
     * least 1). A percentage threshold without a known population cannot be met: it needs the population.
     */
    public int signaturesNeeded(Integer population) {
        if (signatures != null) {
            return signatures;
        }
        if (population == null || population <= 0) {
            throw new InvalidPetition("petition.type.populationUnknown");
        }
        BigDecimal needed = populationPercent.multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
        return Math.max(1, needed.intValueExact());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeThreshold that && Objects.equals(type, that.type) && position == that.position;
    }

    @Override
    public int hashCode() {
        return position;
    }
}
