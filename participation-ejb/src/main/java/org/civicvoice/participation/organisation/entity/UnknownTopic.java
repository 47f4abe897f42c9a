package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** One of the topics named does not exist. */
public class UnknownTopic extends BusinessException {

    public UnknownTopic(String slugs) {
        super("organisation.topic.unknown", slugs);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
