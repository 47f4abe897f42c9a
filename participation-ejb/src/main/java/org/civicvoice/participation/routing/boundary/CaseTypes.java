package org.civicvoice.participation.routing.boundary;

import java.util.Locale;
import jakarta.inject.Named;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.CaseTypeDefinition;
import org.civicvoice.participation.routing.entity.ItemKind;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case types the features registered ({@link CaseTypeRegistration}), for routing, its pages and its API. */
@ApplicationScoped
@Named
public class CaseTypes {

    @Inject
    @Any
    Instance<CaseTypeRegistration> registrations;

    private Map<CaseType, CaseTypeDefinition> definitions;

    @PostConstruct
    void collect() {
        Map<CaseType, CaseTypeDefinition> collected = new LinkedHashMap<>();
        registrations.forEach(registration -> registration.caseTypes().stream()
                .sorted(Comparator.comparing(d -> d.type().code()))
                .forEach(definition -> {
                    CaseTypeDefinition before = collected.putIfAbsent(definition.type(), definition);
                    if (before != null && !before.equals(definition)) {
                        throw new IllegalStateException("case type registered twice: " + definition.type());
                    }
                }));
        definitions = Map.copyOf(collected);
    }

    /** Every registered type, by code. */
    public List<CaseType> all() {
        return definitions.keySet().stream().sorted(Comparator.comparing(CaseType::code)).toList();
    }

    public Collection<CaseTypeDefinition> definitions() {
        return definitions.values();
    }

    public Optional<CaseTypeDefinition> definition(CaseType type) {
        return Optional.ofNullable(type == null ? null : definitions.get(type));
    }

    /**
     * The registered type a form or an address names ({@code petition-response} or {@code PETITION_RESPONSE});
     * null for none, a malformed or an unknown one.
     */
    public CaseType parse(String value) {
        CaseType type = CaseType.parse(value == null ? null : value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        return type != null && definitions.containsKey(type) ? type : null;
    }

    /** The bundle key of the type's name. */
    public String labelKey(CaseType type) {
        return definition(type).map(CaseTypeDefinition::labelKey).orElse("case.type.unknown");
    }

    /** The bundle key of the name of the type a code names, in any case ({@code petition_response}). */
    public String labelKeyOf(String code) {
        return labelKey(parse(code));
    }

    /** Refuses a request of a type nobody registered, or about an item of another kind than its type's. */
    public CaseTypeDefinition require(CaseType type, ItemKind kind) {
        CaseTypeDefinition definition = definition(type)
                .orElseThrow(() -> new IllegalArgumentException("no feature registered the case type " + type));
        if (!definition.itemKind().equals(kind)) {
            throw new IllegalArgumentException(type + " cases are about " + definition.itemKind() + " items, not " + kind);
        }
        return definition;
    }
}
