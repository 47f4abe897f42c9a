package org.civicvoice.participation.petition.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicvoice.participation.shared.ContentText;

/** A new petition type as an administrator describes it; thresholds in growing order. */
public record PetitionTypeDraft(String code, String name, String description, int collectionDays, int sponsorsRequired,
                                String minAssurance, String region, List<Threshold> thresholds,
                                Map<String, ContentText> translations) {

    public record Threshold(Integer signatures, BigDecimal populationPercent, String consequence) {
    }

    public PetitionTypeDraft {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
}
