package org.civicvoice.participation.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday of the deployment: not a working day when due dates are counted. */
@Entity
@Table(name = "rte_holiday")
public class Holiday {

    public static final int NAME_LENGTH = 200;

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new InvalidCaseInput("holiday.name");
        }
        this.day = Objects.requireNonNull(day);
        this.name = name.strip();
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
