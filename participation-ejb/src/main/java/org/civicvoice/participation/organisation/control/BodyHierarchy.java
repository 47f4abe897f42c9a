package org.civicvoice.participation.organisation.control;

import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodyNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the tree of bodies from a flat list loaded in one query: roots in the order of {@link BodyKind}
 * (government first), siblings by name. A body whose parent is not in the list becomes a root.
 */
public final class BodyHierarchy {

    private static final Comparator<Body> ORDER = Comparator.comparing(Body::getKind)
            .thenComparing(Body::getName, String.CASE_INSENSITIVE_ORDER);

    private BodyHierarchy() {
    }

    public static List<BodyNode> of(List<Body> bodies) {
        Set<Body> present = new HashSet<>(bodies);
        Map<Body, List<Body>> childrenOf = new HashMap<>();
        List<Body> roots = new ArrayList<>();
        for (Body body : bodies) {
            Body parent = body.getParent();
            if (parent != null && present.contains(parent)) {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(body);
            } else {
                roots.add(body);
            }
        }
        return nodes(roots, childrenOf, new HashSet<>());
    }

    private static List<BodyNode> nodes(List<Body> bodies, Map<Body, List<Body>> childrenOf, Set<Body> visited) {
        List<BodyNode> nodes = new ArrayList<>();
        bodies.stream().sorted(ORDER).forEach(body -> {
            if (visited.add(body)) {
                nodes.add(new BodyNode(body, nodes(childrenOf.getOrDefault(body, List.of()), childrenOf, visited)));
            }
        });
        return nodes;
    }
}
