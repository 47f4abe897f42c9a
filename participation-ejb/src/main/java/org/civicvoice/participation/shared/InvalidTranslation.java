package org.civicvoice.participation.shared;

/** A translated name or description does not fit its column. */
public class InvalidTranslation extends BusinessException {

    public InvalidTranslation(String messageKey) {
        super(messageKey);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
