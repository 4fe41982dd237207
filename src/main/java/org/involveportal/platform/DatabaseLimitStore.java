package org.involveportal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The limits' counts in the database (tables {@code limit_key} and {@code limit_event}, migration V44), shared by
 * every instance. A decision locks its keys' rows first (one {@code INSERT ... ON DUPLICATE KEY UPDATE}, which
 * makes a missing row and takes the row lock in one statement, keys always in the same order so that two
 * decisions cannot wait for each other), then reads and writes the counts and commits: a second decision about
 * the same key waits for the first and sees what it counted. A rare deadlock with other work is tried again.
 *
 * <p>Plain JDBC outside any container transaction: the decision commits at once, whatever the caller is doing.
 * Instants are stored as UTC {@code DATETIME(6)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DatabaseLimitStore implements LimitStore {

    private static final int TRIES = 3;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    protected DatabaseLimitStore() {
        // for the container
    }

    /** A store on this database, outside the container (the tests). */
    public DatabaseLimitStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T locked(List<Key> keys, Function<Counts, T> decision) {
        var ordered = keys.stream().distinct().sorted().toList();
        for (int attempt = 1; ; attempt++) {
            try (var connection = dataSource.getConnection()) {
                return inTransaction(connection, ordered, decision);
            } catch (SQLException e) {
                if (attempt < TRIES && isDeadlock(e)) {
                    continue;
                }
                throw new IllegalStateException("The limits could not be checked: " + e.getMessage(), e);
            } catch (Failed e) {
                if (attempt < TRIES && isDeadlock(e.getCause())) {
                    continue;
                }
                throw new IllegalStateException("The limits could not be checked: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static <T> T inTransaction(Connection connection, List<Key> keys, Function<Counts, T> decision) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try {
            lock(connection, keys);
            T result = decision.apply(new JdbcCounts(connection));
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the pool drops it
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }

    private static void lock(Connection connection, List<Key> keys) throws SQLException {
        var sql = new StringBuilder("INSERT INTO limit_key (scope, subject) VALUES ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        // the no-op update still takes the existing row's exclusive lock
        sql.append(" ON DUPLICATE KEY UPDATE not_before = not_before");
        try (var statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (var key : keys) {
                statement.setString(index++, key.scope());
                statement.setString(index++, key.subject());
            }
            statement.executeUpdate();
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        try (var connection = dataSource.getConnection()) {
            int removed;
            try (var events = connection.prepareStatement("DELETE FROM limit_event WHERE forget_at <= ?")) {
                events.setObject(1, utc(now));
                removed = events.executeUpdate();
            }
            try (var keys = connection.prepareStatement("""
                    DELETE FROM limit_key WHERE (not_before IS NULL OR not_before <= ?)
                    AND NOT EXISTS (SELECT 1 FROM limit_event e WHERE e.scope = limit_key.scope AND e.subject = limit_key.subject)""")) {
                keys.setObject(1, utc(now));
                keys.executeUpdate();
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("Old counts could not be removed: " + e.getMessage(), e);
        }
    }

    private static boolean isDeadlock(Throwable e) {
        return e instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An SQL failure inside a decision, carried out of it. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(SQLException cause) {
            super(cause);
        }
    }

    private static final class JdbcCounts implements Counts {

        private final Connection connection;

        JdbcCounts(Connection connection) {
            this.connection = connection;
        }

        @Override
        public int count(Key key, Instant after) {
            try (var statement = keyed("SELECT COUNT(*) FROM limit_event WHERE scope = ? AND subject = ? AND happened_at > ?", key)) {
                statement.setObject(3, utc(after));
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public Optional<Instant> oldest(Key key, Instant after) {
            try (var statement = keyed("SELECT MIN(happened_at) FROM limit_event WHERE scope = ? AND subject = ? AND happened_at > ?", key)) {
                statement.setObject(3, utc(after));
                return instant(statement);
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public Optional<Instant> notBefore(Key key) {
            try (var statement = keyed("SELECT not_before FROM limit_key WHERE scope = ? AND subject = ?", key)) {
                return instant(statement);
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void add(Key key, String tag, Instant at, Instant forgetAt) {
            try (var statement = keyed("INSERT INTO limit_event (scope, subject, tag, happened_at, forget_at) VALUES (?, ?, ?, ?, ?)", key)) {
                statement.setString(3, tag);
                statement.setObject(4, utc(at));
                statement.setObject(5, utc(forgetAt));
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void setNotBefore(Key key, Instant notBefore) {
            try (var statement = connection.prepareStatement("UPDATE limit_key SET not_before = ? WHERE scope = ? AND subject = ?")) {
                statement.setObject(1, notBefore == null ? null : utc(notBefore));
                statement.setString(2, key.scope());
                statement.setString(3, key.subject());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void clear(Key key) {
            try (var statement = keyed("DELETE FROM limit_event WHERE scope = ? AND subject = ?", key)) {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new Failed(e);
            }
            setNotBefore(key, null);
        }

        @Override
        public void forgetTagged(Key key, String tag) {
            try (var statement = keyed("DELETE FROM limit_event WHERE scope = ? AND subject = ? AND tag = ?", key)) {
                statement.setString(3, tag);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        private PreparedStatement keyed(String sql, Key key) throws SQLException {
            var statement = connection.prepareStatement(sql);
            statement.setString(1, key.scope());
            statement.setString(2, key.subject());
            return statement;
        }

        private static Optional<Instant> instant(PreparedStatement statement) throws SQLException {
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                var value = rows.getObject(1, LocalDateTime.class);
                return value == null ? Optional.empty() : Optional.of(value.toInstant(ZoneOffset.UTC));
            }
        }
    }
}
