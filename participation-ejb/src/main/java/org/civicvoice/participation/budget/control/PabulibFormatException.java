package org.civicvoice.participation.budget.control;

/**
 * A Pabulib file that cannot be read: the line where the problem is (1 is the first line; 0 when it concerns the
 * file as a whole and no line can be named) and a message key ({@code pabulib.missingSection}, ...) that a page
 * turns into the reader's language; the message adds the details for logs.
 */
public class PabulibFormatException extends RuntimeException {

    private final int line;
    private final String key;

    public PabulibFormatException(int line, String key, String detail) {
        super(key + " at line " + line + ": " + detail);
        this.line = line;
        this.key = key;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
