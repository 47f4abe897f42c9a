package org.civicvoice.participation.routing.boundary;

import org.civicvoice.participation.routing.entity.CaseTypeDefinition;

import java.util.List;

/**
 * How a feature tells routing the case types it asks for: an {@code @ApplicationScoped} bean of the feature
 * implementing this. Routing finds every such bean; a request of a type nobody registered is refused.
 */
public interface CaseTypeRegistration {

    List<CaseTypeDefinition> caseTypes();
}
