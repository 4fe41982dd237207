package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.involveportal.testsupport.XssCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff managing groups and meetings: editors only (pages and forged posts), writing groups and
 * meetings, the access-needs summary, attendance, minutes, requests to join, and the waiting list
 * promoted in order when two places are given up at the same moment.
 */
@ExtendWith(PortalExtension.class)
class StaffGroupsIT {

    private static StaffSignIns.Client editor;

    @BeforeAll
    static void signIn(EmbeddedPortal portal) throws Exception {
        editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
    }

    @Test
    @DisplayName("Only editors manage groups and meetings: other roles are refused the pages and forged posts change nothing")
    void rolesRefused(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "roles-" + unique(), false);
        long meetingId = insertMeeting(portal, groupId, Instant.now().plus(7, ChronoUnit.DAYS), 1);
        register(portal, meetingId, 5001, "REGISTERED", null, null);
        register(portal, meetingId, 5002, "WAITLISTED", 1, null);

        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        for (String page : List.of("staff/groups", "staff/group-edit", "staff/meeting?m=" + meetingId, "staff/meeting-edit?m=" + meetingId)) {
            assertThat(analyst.get(page).statusCode()).as(page).isEqualTo(403);
        }
        String name = "Hijacked " + unique();
        assertThat(analyst.post("staff/group-edit", "name-en=" + StaffSignIns.encode(name) + "&purpose-en=x").statusCode()).isEqualTo(403);
        assertThat(analyst.post("staff/meeting?m=" + meetingId, "action=cancel&resident=5001").statusCode()).isEqualTo(403);

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        assertThat(publisher.post("staff/meeting?m=" + meetingId, "action=cancel&resident=5001").statusCode()).isEqualTo(403);
        assertThat(publisher.post("staff/group-edit", "name-en=" + StaffSignIns.encode(name) + "&purpose-en=x").statusCode()).isEqualTo(403);

        assertThat(statuses(portal, meetingId)).containsExactly(Map.entry(5001L, "REGISTERED"), Map.entry(5002L, "WAITLISTED"));
        assertThat(count(portal, "select count(*) from involvement_group_text where name = '" + name + "'")).isZero();
        assertThat(editor.get("staff/groups").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("An editor writes a group in English and Welsh; problems come back beside the fields with nothing lost")
    void writeGroup(EmbeddedPortal portal) throws Exception {
        String name = "Readers Panel " + unique();
        var missing = editor.post("staff/group-edit", "name-cy=" + StaffSignIns.encode("Panel Darllenwyr") + "&purpose-en=Checks+leaflets");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("id=\"name-en-error\"", "id=\"purpose-cy-error\"", "Enter what the group does", "Checks leaflets", "Panel Darllenwyr");

        var saved = editor.post("staff/group-edit", "name-en=" + StaffSignIns.encode(name) + "&purpose-en=Checks+leaflets+are+easy+to+read"
                + "&name-cy=Panel+Darllenwyr&purpose-cy=" + StaffSignIns.encode("Yn gwirio taflenni")
                + "&meetingPattern-en=Every+month&easyRead-en=" + StaffSignIns.encode("book | We read leaflets.\nWe say what is hard.")
                + "&mode=ONLINE&payment=PAID&approval=true&topic=INFORMATION_AND_ADVICE&who=EVERYONE&support=BSL&support=INTERPRETER"
                + "&area=Test+area&email=panel%40example.gov.uk&phone=020+7946+0001");
        assertThat(saved.statusCode()).isEqualTo(302);
        String slug = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*g=([a-z0-9-]+).*", "$1");
        assertThat(slug).startsWith("readers-panel-");

        try (var c = portal.connectToDatabase(); var s = c.createStatement();
             var rows = s.executeQuery("select meeting_mode, payment, needs_approval, area, contact_email from involvement_group where slug = '" + slug + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)))
                    .containsExactly("ONLINE", "PAID", "1", "Test area", "panel@example.gov.uk");
        }
        var page = org.involveportal.testsupport.Http.get(portal.baseUrl() + "cy/groups/" + slug).body();
        assertThat(page).contains("Panel Darllenwyr", "Yn gwirio taflenni", "Mae staff yn edrych ar bob cais i ymuno.",
                "Dehonglydd Iaith Arwyddion Prydain (BSL)");
        var easy = org.involveportal.testsupport.Http.get(portal.baseUrl() + "groups/" + slug + "?read=easy").body();
        assertThat(easy).contains("We read leaflets.", "We say what is hard.", "/static/pictures/book.svg");
    }

    @Test
    @DisplayName("An editor adds a meeting on London time; the summary counts access needs; more places go to those waiting")
    void meetingAndSummary(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "meetings-" + unique(), false);
        String slug = slugOf(portal, groupId);
        var bad = editor.post("staff/meeting-edit?g=" + slug, "title-en=&day=2027-13-01&start=14:00&end=13:00&capacity=0&link=http%3A%2F%2Fx");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Enter a title for the meeting", "Enter the day as year-month-day",
                "Enter an online link that starts with https://", "Enter a number of places from 1 to 10,000");

        var created = editor.post("staff/meeting-edit?g=" + slug, "title-en=Summer+meeting&title-cy=Cyfarfod+haf&day=2030-07-03"
                + "&start=14:00&end=16:00&venue=" + StaffSignIns.encode("Hall 1, Room 2") + "&capacity=2&support=BSL&support=HEARING_LOOP");
        assertThat(created.statusCode()).isEqualTo(302);
        long meetingId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*m=([0-9]+).*", "$1"));
        // 2pm in London in July is 1pm UTC
        assertThat(count(portal, "select count(*) from meeting where id = " + meetingId + " and starts_at = '2030-07-03 13:00:00'")).isEqualTo(1);

        register(portal, meetingId, 6001, "REGISTERED", null, "BSL,TRANSPORT");
        register(portal, meetingId, 6002, "REGISTERED", null, "BSL");
        register(portal, meetingId, 6003, "WAITLISTED", 1, "HEARING_LOOP");
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("update meeting_registration set access_needs = 'Step-free please' where meeting_id = " + meetingId + " and resident_id = 6001");
        }
        var staffPage = editor.get("staff/meeting?m=" + meetingId).body();
        assertThat(staffPage).contains("id=\"count-registered\">2 of 2<", "id=\"count-waiting\">1<", "id=\"count-BSL\">2<",
                "id=\"count-TRANSPORT\">1<", "id=\"count-HEARING_LOOP\">0<", "id=\"count-other\">1<", "Step-free please");

        var more = editor.post("staff/meeting-edit?m=" + meetingId, "title-en=Summer+meeting&day=2030-07-03&start=14:00&end=16:00"
                + "&venue=Hall+1&capacity=3");
        assertThat(more.statusCode()).isEqualTo(302);
        assertThat(statuses(portal, meetingId)).containsEntry(6003L, "REGISTERED");
        var fewer = editor.post("staff/meeting-edit?m=" + meetingId, "title-en=Summer+meeting&day=2030-07-03&start=14:00&end=16:00"
                + "&venue=Hall+1&capacity=2");
        assertThat(fewer.statusCode()).isEqualTo(200);
        assertThat(fewer.body()).contains("There cannot be fewer places than people already registered");
    }

    @Test
    @DisplayName("Two places given up at the same moment go to the first two people waiting, one each")
    void concurrentCancellations(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "waitlist-" + unique(), false);
        var executor = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long meetingId = insertMeeting(portal, groupId, Instant.now().plus(10, ChronoUnit.DAYS), 2);
                register(portal, meetingId, 7001, "REGISTERED", null, null);
                register(portal, meetingId, 7002, "REGISTERED", null, null);
                register(portal, meetingId, 7003, "WAITLISTED", 1, null);
                register(portal, meetingId, 7004, "WAITLISTED", 2, null);
                register(portal, meetingId, 7005, "WAITLISTED", 3, null);

                var start = new CountDownLatch(1);
                var results = new ArrayList<CompletableFuture<Integer>>();
                for (long resident : new long[] {7001, 7002}) {
                    results.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            return editor.post("staff/meeting?m=" + meetingId, "action=cancel&resident=" + resident).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, executor));
                }
                start.countDown();
                for (var result : results) {
                    assertThat(result.get()).isEqualTo(302);
                }
                var expected = new LinkedHashMap<Long, String>();
                expected.put(7001L, "CANCELLED");
                expected.put(7002L, "CANCELLED");
                expected.put(7003L, "REGISTERED");
                expected.put(7004L, "REGISTERED");
                expected.put(7005L, "WAITLISTED");
                assertThat(statuses(portal, meetingId)).as("round %d", round).containsExactlyEntriesOf(expected);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("After a meeting: attendance is marked and minutes published per language, sanitised, on the group page")
    void attendanceAndMinutes(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "minutes-" + unique(), false);
        String slug = slugOf(portal, groupId);
        long meetingId = insertMeeting(portal, groupId, Instant.now().minus(3, ChronoUnit.HOURS), 5);
        register(portal, meetingId, 8001, "REGISTERED", null, null);

        assertThat(editor.post("staff/meeting?m=" + meetingId, "action=attended&resident=8001").statusCode()).isEqualTo(302);
        assertThat(statuses(portal, meetingId)).containsEntry(8001L, "ATTENDED");

        var published = editor.post("staff/meeting?m=" + meetingId, "action=minutes&language=cy&minutes-cy="
                + StaffSignIns.encode("<p>Cytunwyd ar dri pheth.<script>alert(1)</script></p>") + "&easy-cy=");
        assertThat(published.statusCode()).isEqualTo(302);
        try (var c = portal.connectToDatabase(); var s = c.createStatement();
             var rows = s.executeQuery("select minutes_html from meeting_minutes where meeting_id = " + meetingId + " and language = 'cy'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("<p>Cytunwyd ar dri pheth.</p>");
        }
        var page = org.involveportal.testsupport.Http.get(portal.baseUrl() + "cy/groups/" + slug).body();
        assertThat(page).contains("<p>Cytunwyd ar dri pheth.</p>").doesNotContain("alert(1)");

        var empty = editor.post("staff/meeting?m=" + meetingId, "action=attended&resident=9999");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("This person is not registered for the meeting");
    }

    @Test
    @DisplayName("No cross-site scripting vector published through the staff minutes form, standard or easy read, in English or Welsh,"
            + " runs or injects an element: the staff meeting page and the group page in English, Welsh and easy read")
    void minutesAreSafe(Browser browser, EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "safe-minutes-" + unique(), false);
        String slug = slugOf(portal, groupId);
        long meetingId = insertMeeting(portal, groupId, Instant.now().minus(3, ChronoUnit.HOURS), 5);

        browser.reset(portal.baseUrl());
        try (var probe = XssCorpus.watch(browser)) {
            probe.assertCatchesEveryRawVector();
            StaffSignIns.signIn(browser, "editor@example.gov.uk");
            int n = 0;
            // the vectors a few at a time (each vector alone is RichTextCorpusTest's)
            for (String vector : XssCorpus.GROUPED) {
                n++;
                for (String language : List.of("en", "cy")) {
                    browser.open("/staff/meeting?m=" + meetingId);
                    // a visible sentence before each vector shows the minutes really are on the page checked
                    XssCorpus.fillAndSubmit(browser, Map.of("minutes-" + language, "<p>Minutes " + language + " " + n + ".</p>" + vector,
                            "easy-" + language, "<p>Easy " + language + " " + n + ".</p>" + vector), By.id("publish-" + language));
                    assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).as(vector).isNotBlank();
                    probe.assertNothingRanHere(vector);
                }
                for (var page : Map.of("/groups/" + slug + "?read=standard", "Minutes en " + n + ".",
                        "/cy/groups/" + slug + "?read=standard", "Minutes cy " + n + ".",
                        "/groups/" + slug + "?read=easy", "Easy en " + n + ".",
                        "/cy/groups/" + slug + "?read=easy", "Easy cy " + n + ".").entrySet()) {
                    probe.assertNothingRanOn(page.getKey(), vector);
                    assertThat(browser.driver().findElement(By.id("main-content")).getText()).as(page.getKey()).contains(page.getValue());
                }
            }
        }
    }

    @Test
    @DisplayName("Requests to join a group with eligibility rules are approved or refused by an editor, once")
    void membershipRequests(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "requests-" + unique(), true);
        String slug = slugOf(portal, groupId);
        long first = insertMembership(portal, groupId, 9101);
        long second = insertMembership(portal, groupId, 9102);

        assertThat(editor.get("staff/group-members?g=" + slug).body()).contains("id=\"membership-" + first + "\"", "id=\"membership-" + second + "\"");
        assertThat(editor.post("staff/group-members?g=" + slug, "membership=" + first + "&decision=approve").statusCode()).isEqualTo(302);
        assertThat(editor.post("staff/group-members?g=" + slug, "membership=" + second + "&decision=refuse").statusCode()).isEqualTo(302);
        var again = editor.post("staff/group-members?g=" + slug, "membership=" + first + "&decision=refuse");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("This request has already been decided");

        try (var c = portal.connectToDatabase(); var s = c.createStatement();
             var rows = s.executeQuery("select resident_id, status, decided_by from group_membership where group_id = " + groupId + " order by resident_id")) {
            assertThat(rows.next()).isTrue();
            assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3))).containsExactly("9101", "MEMBER", "editor@example.gov.uk");
            assertThat(rows.next()).isTrue();
            assertThat(List.of(rows.getString(1), rows.getString(2))).containsExactly("9102", "REFUSED");
        }
    }

    @Test
    @DisplayName("The staff group screens pass axe, and the staff menu links to them")
    void staffScreensAccessible(Browser browser, EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "screens-" + unique(), true);
        String slug = slugOf(portal, groupId);
        long meetingId = insertMeeting(portal, groupId, Instant.now().minus(1, ChronoUnit.HOURS), 3);
        register(portal, meetingId, 9201, "REGISTERED", null, "BSL");
        insertMembership(portal, groupId, 9202);

        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.clickAndWait(By.linkText("Groups and meetings"));
        browser.assertNoAxeViolations();
        for (String page : List.of("staff/group-edit?g=" + slug, "staff/group-edit", "staff/meeting-edit?g=" + slug,
                "staff/meeting?m=" + meetingId, "staff/group-members?g=" + slug)) {
            browser.open(page);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            browser.assertNoAxeViolations();
        }
        browser.open("staff/meeting-edit?g=" + slug);
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("Enter a title for the meeting");
        browser.assertNoAxeViolations();
        StaffSignIns.signOut(browser);
    }

    // --- data made for each test, uniquely named ---

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long insertGroup(EmbeddedPortal portal, String slug, boolean approval) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            long id = insert(c, "insert into involvement_group (slug, meeting_mode, area, payment, needs_approval, listed)"
                    + " values ('" + slug + "', 'IN_PERSON', 'Test " + slug + "', 'NONE', " + approval + ", true)");
            try (var s = c.createStatement()) {
                s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + id
                        + ", 'en', 'Test group " + slug + "', 'For tests')");
            }
            return id;
        }
    }

    private static String slugOf(EmbeddedPortal portal, long groupId) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement();
             var rows = s.executeQuery("select slug from involvement_group where id = " + groupId)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long insertMeeting(EmbeddedPortal portal, long groupId, Instant starts, int capacity) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            long id = insert(c, "insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + groupId + ", '"
                    + utc(starts) + "', '" + utc(starts.plus(2, ChronoUnit.HOURS)) + "', 'Test hall', " + capacity + ")");
            try (var s = c.createStatement()) {
                s.executeUpdate("insert into meeting_text (meeting_id, language, title) values (" + id + ", 'en', 'Test meeting')");
            }
            return id;
        }
    }

    private static void register(EmbeddedPortal portal, long meetingId, long resident, String status, Integer position, String support)
            throws SQLException {
        try (var c = portal.connectToDatabase()) {
            residentExists(c, resident);
            long id = insert(c, "insert into meeting_registration (meeting_id, resident_id, status, waitlist_position, registered_at, changed_at)"
                    + " values (" + meetingId + ", " + resident + ", '" + status + "', " + position + ", utc_timestamp(6), utc_timestamp(6))");
            if (support != null) {
                try (var s = c.createStatement()) {
                    for (String one : support.split(",")) {
                        s.executeUpdate("insert into meeting_registration_support (registration_id, support) values (" + id + ", '" + one + "')");
                    }
                }
            }
        }
    }

    private static long insertMembership(EmbeddedPortal portal, long groupId, long resident) throws SQLException {
        try (var c = portal.connectToDatabase()) {
            residentExists(c, resident);
            return insert(c, "insert into group_membership (group_id, resident_id, status, requested_at) values (" + groupId + ", "
                    + resident + ", 'REQUESTED', utc_timestamp(6))");
        }
    }

    /** Registrations and memberships belong to residents' accounts: one that cannot be signed in to. */
    static void residentExists(Connection c, long resident) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("insert ignore into resident (id, email, password_hash, language, created_at) values (" + resident
                    + ", 'test-resident-" + resident + "@example.org', '!', 'en', utc_timestamp(6))");
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<Long, String> statuses(EmbeddedPortal portal, long meetingId) throws SQLException {
        var result = new LinkedHashMap<Long, String>();
        try (var c = portal.connectToDatabase(); var s = c.createStatement();
             var rows = s.executeQuery("select resident_id, status from meeting_registration where meeting_id = " + meetingId + " order by resident_id")) {
            while (rows.next()) {
                result.put(rows.getLong(1), rows.getString(2));
            }
        }
        return result;
    }

    private static long count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
