package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseOutageLogTest {

    @Test
    @DisplayName("A database out of reach is told apart from a faulty query and from a mail server out of reach")
    void tellsAnOutageApart() {
        var pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated because: "
                + "Socket fail to connect to 127.0.0.1:33061. Connection refused",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:33061. Connection refused", "08000",
                        new ConnectException("Connection refused")));
        assertThat(DatabaseOutageLog.isDatabaseUnavailable(new RuntimeException("EJB", pool))).isTrue();
        assertThat(DatabaseOutageLog.isDatabaseUnavailable(new SQLException("wrapper",
                new ConnectException("Connection refused")))).as("a connection refused under a database call").isTrue();
        assertThat(DatabaseOutageLog.isDatabaseUnavailable(new RuntimeException(
                new SQLSyntaxErrorException("Unknown column 'x'", "42S22", 1054)))).as("a faulty query").isFalse();
        assertThat(DatabaseOutageLog.isDatabaseUnavailable(new MessagingException("Could not connect to SMTP host",
                new ConnectException("Connection refused")))).as("the mail server, not the database").isFalse();
        assertThat(DatabaseOutageLog.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    @DisplayName("The cause is what the database or network said, in one line, without the driver's connection number")
    void causeInOneLine() {
        var failure = new RuntimeException("outer", new SQLException("(conn=412) Access denied for user 'involve'@'localhost'\n  more"));
        assertThat(DatabaseOutageLog.causeOf(failure)).isEqualTo("Access denied for user 'involve'@'localhost'");
        var pool = new RuntimeException(new SQLException("Error in allocating a connection. Cause: Connection could not be "
                + "allocated because: (conn=7) Socket fail to connect to db:3306. Connection refused",
                new SQLNonTransientConnectionException("Socket fail to connect to db:3306. Connection refused", "08000",
                        new ConnectException("Connection refused"))));
        assertThat(DatabaseOutageLog.causeOf(pool)).as("the driver's words, which name the server")
                .isEqualTo("Socket fail to connect to db:3306. Connection refused");
        assertThat(DatabaseOutageLog.causeIn("RAR5114 : Error allocating connection : [Error in allocating a connection. "
                + "Cause: Connection could not be allocated because: Socket fail to connect to 127.0.0.1:33061. Connection refused]"))
                .isEqualTo("Socket fail to connect to 127.0.0.1:33061. Connection refused");
    }

    @Test
    @DisplayName("Each cause is said at most once a minute")
    void onceAMinute() {
        var clock = new MovableClock();
        var log = new DatabaseOutageLog(clock);
        assertThat(log.firstInAMinute("Connection refused")).isTrue();
        assertThat(log.firstInAMinute("Connection refused")).isFalse();
        assertThat(log.firstInAMinute("connect timed out")).as("another cause").isTrue();
        clock.move(Duration.ofSeconds(59));
        assertThat(log.firstInAMinute("Connection refused")).isFalse();
        clock.move(Duration.ofSeconds(1));
        assertThat(log.firstInAMinute("Connection refused")).isTrue();
    }

    @Test
    @DisplayName("The server's reports of an outage are dropped and its cause said once; other records pass untouched")
    void filterDropsTheFlood() {
        String cause = "Socket fail to connect to db-" + UUID.randomUUID() + ":3306. Connection refused";
        var said = new ArrayList<LogRecord>();
        Logger own = Logger.getLogger(DatabaseOutageLog.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                said.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        own.addHandler(capture);
        try {
            var filter = new DatabaseOutageLog.OutageFilter(null);
            int passed = 0;
            for (int request = 0; request < 100; request++) {
                for (var record : List.of(
                        new LogRecord(Level.WARNING, "RAR5117 : Failed to obtain/create connection from connection pool [ x ]. "
                                + "Reason : com.sun.appserv.connectors.internal.api.PoolingException: Connection could not be "
                                + "allocated because: " + cause),
                        thrown(Level.SEVERE, "An exception occurred during processing servlet request",
                                new RuntimeException(new SQLException("Error in allocating a connection. Cause: " + cause,
                                        new ConnectException(cause)))))) {
                    passed += filter.isLoggable(record) ? 1 : 0;
                }
            }
            assertThat(passed).as("none of the 200 reports of the outage").isZero();
            assertThat(said).extracting(LogRecord::getMessage).containsExactly("Database unavailable: " + cause
                    + " (pages answer 503; said again in a minute if it lasts)");

            assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "Meeting reminders not sent: mail server down"))).isTrue();
            var startup = new LogRecord(Level.WARNING, "The database does not answer yet (" + cause + ")");
            startup.setLoggerName(StartupCheck.class.getName());
            assertThat(filter.isLoggable(startup)).as("the portal's own line, which says it once already").isTrue();
            assertThat(filter.isLoggable(thrown(Level.SEVERE, "a bug", new IllegalStateException("bug")))).isTrue();
            assertThat(filter.isLoggable(new LogRecord(Level.INFO, "RAR9000 : Custom validation detected invalid connection"))).isTrue();
        } finally {
            own.removeHandler(capture);
        }
    }

    /** A clock that stands still until moved. */
    private static final class MovableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-03-01T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static LogRecord thrown(Level level, String message, Throwable thrown) {
        var record = new LogRecord(level, message);
        record.setThrown(thrown);
        return record;
    }
}
