package org.civicvoice.participation.shared;

import java.sql.SQLException;

/** Recognises the database's refusal of a duplicate, so it can become a clear business error. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the failure, or one of its causes, is a violation of the named unique constraint. */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23000".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
