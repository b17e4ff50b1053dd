package org.hros.platform.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is not answering (down, stalled, restarting, out of connections, or too slow for a
 * statement's time limit) from everything else that can go wrong with a query. Such a failure is nobody's fault in
 * the request: pages and the API answer it with 503 and {@code Retry-After}, and it is logged once per cause and
 * minute ({@link DatabaseOutageLog}), not with a stack trace per request.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {}

    /** Whether {@code failure}, or anything that caused it, says the database could not answer in time. */
    public static boolean isOutage(Throwable failure) {
        return cause(failure).isPresent();
    }

    /**
     * A short name for why the database could not answer (the same for every request that meets the same outage),
     * or nothing when {@code failure} is not a database outage.
     */
    public static Optional<String> cause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            Optional<String> cause = ownCause(t);
            if (cause.isPresent()) {
                return cause;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ownCause(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return Optional.of("no database connection available in time");
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            Optional<String> byState = bySqlState(sql.getSQLState());
            if (byState.isPresent()) {
                return byState;
            }
        }
        if (t instanceof SQLTimeoutException || t instanceof SocketTimeoutException) {
            return Optional.of("database did not answer in time");
        }
        if (t instanceof ConnectException) {
            return Optional.of("database refused the connection");
        }
        if (t instanceof QueryTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof org.hibernate.QueryTimeoutException) {
            return Optional.of("statement timed out");
        }
        if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
            // A rollback fails only on a connection that broke under the transaction (Hikari's "Connection is
            // closed" carries no SQL state).
            return Optional.of("database connection failed");
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return Optional.of("database connection failed");
        }
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
            // Their causes usually say more; these names are for when they do not.
            return t.getCause() == null || cause(t.getCause()).isEmpty()
                    ? Optional.of("database connection failed")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** PostgreSQL's error classes for a server that cannot take the statement now. */
    private static Optional<String> bySqlState(String state) {
        if (state.startsWith("08")) {
            return Optional.of("database connection failed");
        }
        return switch (state) {
            case "57P01", "57P02", "57P03" -> Optional.of("database is restarting");
            case "57014" -> Optional.of("statement timed out");
            case "55P03" -> Optional.of("lock not available in time");
            case "53300" -> Optional.of("database has no free connection");
            default -> state.startsWith("53") ? Optional.of("database is out of resources") : Optional.empty();
        };
    }
}
