package org.civicvoice.participation.organisation.entity;

import java.util.List;

/** A body with the bodies under it, for showing the hierarchy. */
public record BodyNode(Body body, List<BodyNode> children) {

    public BodyNode {
        children = List.copyOf(children);
    }

    public Body getBody() {
        return body;
    }

    public List<BodyNode> getChildren() {
        return children;
    }
}
