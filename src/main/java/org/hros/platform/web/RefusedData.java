package org.hros.platform.web;

import java.sql.SQLException;

/** Recognises the database refusing a value as such (SQLSTATE class 22, "data exception"). */
final class RefusedData {

    private RefusedData() {}

    static boolean isClientData(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
