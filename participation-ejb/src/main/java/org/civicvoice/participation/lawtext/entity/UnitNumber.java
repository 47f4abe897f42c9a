package org.civicvoice.participation.lawtext.entity;

/**
 * The number of a unit in its sequence: a base (2 for {@code 2)}, {@code (b)}, {@code II}) and the index of an
 * inserted unit ({@code 2¹)} is 2 and 1, {@code Article 5a} is 5 and 1), so that numbering can be checked in order.
 */
public record UnitNumber(int base, int inserted) implements Comparable<UnitNumber> {

    public static final UnitNumber FIRST = new UnitNumber(1, 0);

    public UnitNumber {
        if (base < 0 || inserted < 0) {
            throw new IllegalArgumentException("unit numbers are not negative");
        }
    }

    /** Whether this number may follow {@code previous}: the next base, or the next unit inserted after it. */
    public boolean follows(UnitNumber previous) {
        return (base == previous.base + 1 && inserted == 0) || (base == previous.base && inserted == previous.inserted + 1);
    }

    /** The number as an eId writes it: {@code 2}, or {@code 2-1} for an inserted unit. */
    public String eIdPart() {
        return inserted == 0 ? Integer.toString(base) : base + "-" + inserted;
    }

    @Override
    public int compareTo(UnitNumber other) {
        return base != other.base ? Integer.compare(base, other.base) : Integer.compare(inserted, other.inserted);
    }

    @Override
    public String toString() {
        return eIdPart();
    }
}
