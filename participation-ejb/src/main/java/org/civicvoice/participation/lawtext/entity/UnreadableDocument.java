package org.civicvoice.participation.lawtext.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A draft's file that is not what a draft can be (text, Word or OpenDocument text), or too large. */
public class UnreadableDocument extends BusinessException {

    public UnreadableDocument(String key, Object... arguments) {
        super(key, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
