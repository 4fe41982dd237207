package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Mailbox;

/** Data made for each forum test, uniquely named, straight in the database; and the mail it causes. */
final class ForumTestData {

    static final String PASSWORD = "Harbour lantern quietly mossy 2026";
    static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify/([A-Za-z0-9_-]{43})");

    private ForumTestData() {
    }


    static boolean failsWithForeignKey(Statement s, String sql) {
        try {
            s.executeUpdate(sql);
            return false;
        } catch (SQLException e) {
            return e.getMessage().contains("foreign key constraint");
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static StaffSignIns.Client signedUpAndVerified(EmbeddedPortal portal, String email) throws Exception {
        var client = new StaffSignIns.Client(portal);
        var response = client.post("account/sign-up", "email=" + StaffSignIns.encode(email) + "&password=" + StaffSignIns.encode(PASSWORD));
        assertThat(response.statusCode()).isEqualTo(302);
        var matcher = VERIFY_LINK.matcher(String.valueOf(awaitMail(portal, email, "Confirm your email address for Involve").getContent()));
        assertThat(matcher.find()).isTrue();
        var verified = client.post("account/verify/" + matcher.group(1), "");
        assertThat(verified.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile?welcome=true");
        return client;
    }

    static long insertResident(EmbeddedPortal portal, String email, String language, boolean welshCorrespondence) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            return insert(c, "insert into resident (email, password_hash, language, created_at, verified_at, welsh_correspondence) values ('"
                    + email + "', '!', '" + language + "', utc_timestamp(6), utc_timestamp(6), " + welshCorrespondence + ")");
        }
    }

    static long insertGroup(EmbeddedPortal portal, String slug, boolean approval) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            long id = insert(c, "insert into involvement_group (slug, meeting_mode, area, payment, needs_approval, listed)"
                    + " values ('" + slug + "', 'IN_PERSON', 'Test " + slug + "', 'NONE', " + approval + ", true)");
            try (var s = c.createStatement()) {
                s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + id
                        + ", 'en', 'Test group " + slug + "', 'For tests')");
                s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + id
                        + ", 'cy', 'Grwp prawf " + slug + "', 'Ar gyfer profion')");
            }
            return id;
        }
    }

    static long insertMeeting(EmbeddedPortal portal, long groupId, int capacity) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            long id = insert(c, "insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + groupId
                    + ", utc_timestamp(6) + interval 10 day, utc_timestamp(6) + interval 10 day + interval 2 hour, 'Test hall', " + capacity + ")");
            try (var s = c.createStatement()) {
                s.executeUpdate("insert into meeting_text (meeting_id, language, title) values (" + id + ", 'en', 'Test meeting')");
            }
            return id;
        }
    }

    static void register(EmbeddedPortal portal, long meetingId, long resident, String status, Integer position) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            insert(c, "insert into meeting_registration (meeting_id, resident_id, status, waitlist_position, registered_at, changed_at)"
                    + " values (" + meetingId + ", " + resident + ", '" + status + "', " + position + ", utc_timestamp(6), utc_timestamp(6))");
        }
    }

    static long insertMembership(EmbeddedPortal portal, long groupId, long resident) throws SQLException {
        return insertMembership(portal, groupId, resident, "REQUESTED");
    }

    static long insertMembership(EmbeddedPortal portal, long groupId, long resident, String status) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            return insert(c, "insert into group_membership (group_id, resident_id, status, requested_at) values (" + groupId + ", "
                    + resident + ", '" + status + "', utc_timestamp(6))");
        }
    }

    /** Support the meeting offers, which residents may ask for when they register. */
    static void offerSupport(EmbeddedPortal portal, long meetingId, String... support) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            for (String one : support) {
                s.executeUpdate("insert into meeting_support (meeting_id, support) values (" + meetingId + ", '" + one + "')");
            }
        }
    }

    static long insert(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static int count(EmbeddedPortal portal, String sql, Object... parameters) throws SQLException {
        return Integer.parseInt(one(portal, sql, parameters));
    }

    static String one(EmbeddedPortal portal, String sql, Object... parameters) throws SQLException {
        return portal.queryOne(sql, parameters);
    }

    /** What an address was sent so far: the portal sends within the request that causes the email. */
    static List<MimeMessage> mailsTo(EmbeddedPortal portal, String address) {
        return Mailbox.to(portal, address);
    }

    static MimeMessage awaitMail(EmbeddedPortal portal, String address, String subject) {
        return Mailbox.awaitNth(portal, address, subject, 1);
    }

    static MimeMessage awaitMailStartingWith(EmbeddedPortal portal, String address, String subjectStart) {
        return Mailbox.awaitSubjectStartingWith(portal, address, subjectStart);
    }
}
