package org.civicvoice.participation.routing.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an item kind as its code. */
@Converter
public class ItemKindConverter implements AttributeConverter<ItemKind, String> {

    @Override
    public String convertToDatabaseColumn(ItemKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public ItemKind convertToEntityAttribute(String code) {
        return code == null ? null : new ItemKind(code);
    }
}
