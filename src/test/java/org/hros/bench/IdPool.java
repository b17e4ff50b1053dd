package org.hros.bench;

import java.sql.Connection;
import java.sql.SQLException;

/** Ids drawn from the database the way it draws them for an insert, a few thousand at a time. */
final class IdPool {

    private static final int AT_ONCE = 10_000;

    private final Connection connection;
    private final String sql;
    private long[] ids = new long[0];
    private int next;

    /** {@code expression} gives one new id, e.g. {@code scrambled_id(nextval('reply_number'), 'reply')}. */
    IdPool(Connection connection, String expression) {
        this.connection = connection;
        this.sql = "select " + expression + " from generate_series(1, ?)";
    }

    long next() throws SQLException {
        if (next == ids.length) {
            ids = CommunityLoader.sequence(connection, sql, AT_ONCE);
            next = 0;
        }
        return ids[next++];
    }
}
