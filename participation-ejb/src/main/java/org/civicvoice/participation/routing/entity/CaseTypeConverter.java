package org.civicvoice.participation.routing.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a case type as its code. */
@Converter
public class CaseTypeConverter implements AttributeConverter<CaseType, String> {

    @Override
    public String convertToDatabaseColumn(CaseType type) {
        return type == null ? null : type.code();
    }

    @Override
    public CaseType convertToEntityAttribute(String code) {
        return code == null ? null : new CaseType(code);
    }
}
