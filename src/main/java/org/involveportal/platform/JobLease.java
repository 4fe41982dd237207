package org.involveportal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Leases on scheduled jobs in the database (table {@code job_lease}, migration V45), so that of several instances
 * only one runs a job: the one holding its lease. A lease is taken or renewed by one conditional statement, never
 * read first and written after: an {@code UPDATE} that succeeds only when the lease is this holder's or has
 * expired, or, when the job has no lease yet, an {@code INSERT IGNORE} that only one holder can win. When the
 * holder stops, its lease runs out and the next holder to ask takes it.
 *
 * <p>Times are given, not read from a clock here: the portal's clock in production (instances' clocks are kept
 * in step by NTP, as everything else needs), explicit instants in the tests.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobLease {

    /** Who holds a job's lease, and until when. */
    public record Holding(String holder, Instant expiresAt) {
    }

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    protected JobLease() {
        // for the container
    }

    /** Leases in this database, outside the container (the tests). */
    public JobLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes or renews the job's lease for this holder until {@code now + length}; false when another holder's
     * lease has not expired at {@code now}.
     */
    public boolean acquire(String job, String holder, Instant now, Duration length) {
        var until = utc(now.plus(length));
        try (var connection = dataSource.getConnection()) {
            try (var renew = connection.prepareStatement(
                    "UPDATE job_lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at <= ?)")) {
                renew.setString(1, holder);
                renew.setObject(2, until);
                renew.setString(3, job);
                renew.setString(4, holder);
                renew.setObject(5, utc(now));
                if (renew.executeUpdate() > 0) {
                    return true;
                }
            }
            try (var first = connection.prepareStatement("INSERT IGNORE INTO job_lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
                first.setString(1, job);
                first.setString(2, holder);
                first.setObject(3, until);
                if (first.executeUpdate() > 0) {
                    return true;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lease of job " + job + " could not be taken: " + e.getMessage(), e);
        }
        // a driver that counts only changed rows says 0 for a renewal to the very same instant: still this holder's
        return holding(job).filter(held -> held.holder().equals(holder) && held.expiresAt().isAfter(now)).isPresent();
    }

    /** The job's lease as it stands, whether or not it has expired. */
    public Optional<Holding> holding(String job) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT holder, expires_at FROM job_lease WHERE name = ?")) {
            select.setString(1, job);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holding(rows.getString(1), rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lease of job " + job + " could not be read: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
