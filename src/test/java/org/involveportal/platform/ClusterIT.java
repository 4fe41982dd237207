package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PayaraMicroProcess;
import org.involveportal.testsupport.PortalExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.involveportal.demo.DemoStaff;
import org.involveportal.testsupport.Mailbox;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the portal in one cluster, as behind a load balancer: two Payara Micro instances ("A" and "B",
 * started once for this class, beside the shared test portal, which runs alone) against the shared portal's
 * database, mail catcher and uploads. What one changes the other shows on the very next request; sessions carry on
 * across them. Over plain HTTP: nothing here needs a browser.
 */
@ExtendWith(PortalExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static PayaraMicroProcess first;
    private static PayaraMicroProcess second;
    private static String a;
    private static String b;

    @BeforeAll
    static void twoInstances(EmbeddedPortal portal) throws Exception {
        int gridA = EmbeddedPortal.gridPort();
        int gridB = EmbeddedPortal.gridPort();
        var cluster = Map.of("PORTAL_CLUSTER_MEMBERS", "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB,
                "PORTAL_CLUSTER_NAME", "involve-tests-" + gridA, "PORTAL_CLUSTER_INTERFACE", "127.0.0.1");
        var logs = PortalExtension.SERVER_LOG.resolveSibling(PortalExtension.SERVER_LOG.getFileName().toString().replace(".log", ""));
        // both boot at once, as instances behind a load balancer would, and find each other
        var startingA = CompletableFuture.supplyAsync(() -> portal.startAnotherInstance(withPort(cluster, gridA, "a"),
                Path.of(logs + "-cluster-a.log")));
        var startingB = CompletableFuture.supplyAsync(() -> portal.startAnotherInstance(withPort(cluster, gridB, "b"),
                Path.of(logs + "-cluster-b.log")));
        first = startingA.get();
        second = startingB.get();
        a = first.baseUrl();
        b = second.baseUrl();
    }

    @AfterAll
    static void stopBoth(EmbeddedPortal portal) throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        // the leases these instances took (some on clocks moved ahead) must not hold up the shared portal's jobs
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("delete from job_lease where name in ('meeting-reminders', 'draft-housekeeping')");
        }
    }

    private static Map<String, String> withPort(Map<String, String> cluster, int gridPort, String name) {
        var settings = new java.util.HashMap<>(cluster);
        settings.put("PORTAL_CLUSTER_PORT", String.valueOf(gridPort));
        settings.put("PORTAL_INSTANCE_NAME", name);
        return settings;
    }

    /** A visitor with cookies of their own, on A. */
    private static StaffSignIns.Client onA(EmbeddedPortal portal) {
        return new StaffSignIns.Client(portal).at(a);
    }

    /** A member of staff signed in on A through the quick sign-in. */
    private static StaffSignIns.Client staffOnA(EmbeddedPortal portal, String email) throws Exception {
        var client = onA(portal);
        var signIn = client.get("test-support/staff-sign-in?email=" + encode(email));
        assertThat(signIn.statusCode()).as("quick sign-in of %s on A", email).isEqualTo(302);
        return client;
    }

    @Test
    @DisplayName("A resident and a member of staff signed in on one instance are still signed in on the other")
    void sessionsCarryOn(EmbeddedPortal portal) throws Exception {
        var resident = residentSignedIn(portal);
        assertThat(resident.get("account").statusCode()).as("the account page on A").isEqualTo(200);
        var onB = resident.at(b).get("account");
        assertThat(onB.statusCode()).as("the account page on B, with A's session").isEqualTo(200);
        assertThat(onB.body()).contains("Sign out");

        var editor = staffOnA(portal, "editor@example.gov.uk");
        var staffOnB = editor.at(b).get("staff/");
        assertThat(staffOnB.statusCode()).as("the staff home on B, with A's session").isEqualTo(200);
        assertThat(staffOnB.body()).contains("editor@example.gov.uk");
        // and back: what B wrote into the session is on A
        assertThat(editor.get("staff/consultations").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A consultation published, closed early, fed back on or withdrawn on one instance is so on the other at once")
    void consultationChangesShowAtOnce(EmbeddedPortal portal) throws Exception {
        var publisher = staffOnA(portal, "publisher@example.gov.uk");
        // a visitor with no cookie, as most are: B answers from its page cache when it can
        var visitorOnB = new StaffSignIns.Client(portal).at(b);

        String closing = publishedOnA(portal, publisher, "Closed on A");
        answerable(portal, visitorOnB, closing);
        var closed = publisher.post("staff/consultation-window?c=" + closing, "action=close&close-reason-en="
                + encode("We have heard enough.") + "&close-reason-cy=");
        assertThat(closed.statusCode()).as("closed early on A").isEqualTo(302);
        assertThat(visitorOnB.get("consultations/" + closing).body()).as("B's page, next request").contains("We have heard enough.");
        assertThat(respondentOnB(portal).post("consultations/" + closing + "/respond", "").statusCode())
                .as("a response started on B after closing on A").isNotEqualTo(302);

        // "You said, we did" for it, published on A, on B's list (kept in B's page cache until then)
        String title = "Closed on A " + closing;
        assertThat(visitorOnB.get("you-said-we-did").body()).doesNotContain(title);
        assertThat(visitorOnB.get("you-said-we-did").headers().firstValue("X-Page-Cache")).hasValue("hit");
        var fedBack = publisher.post("staff/feedback-edit?c=" + closing, "action=publish&tookPart-en=" + encode("Forty people told us.")
                + "&peopleSaid-en=" + encode("Keep it open.") + "&decided-en=" + encode("We will keep it open.")
                + "&couldNot-en=" + encode("Nothing.") + "&nextSteps-en=" + encode("We will tell you in spring."));
        assertThat(fedBack.headers().firstValue("Location").orElse("")).as("feedback published on A").contains("done=published");
        assertThat(visitorOnB.get("you-said-we-did").body()).as("B's list, next request").contains(title);

        String withdrawing = publishedOnA(portal, publisher, "Withdrawn on A");
        answerable(portal, visitorOnB, withdrawing);
        var withdrawn = publisher.post("staff/consultation-window?c=" + withdrawing, "action=withdraw&withdraw-reason-en="
                + encode("The service is staying as it is.") + "&withdraw-reason-cy=");
        assertThat(withdrawn.statusCode()).as("withdrawn on A").isEqualTo(302);
        assertThat(visitorOnB.get("consultations/" + withdrawing).body()).contains("The service is staying as it is.");
        assertThat(visitorOnB.get("consultations").body()).doesNotContain("Withdrawn on A " + withdrawing);
        assertThat(respondentOnB(portal).post("consultations/" + withdrawing + "/respond", "").statusCode())
                .as("a response started on B after withdrawing on A").isNotEqualTo(302);
    }

    @Test
    @DisplayName("A staff account disabled on one instance is signed out on the other at once, and cannot sign in there")
    void disabledAccountIsOutEverywhere(EmbeddedPortal portal) throws Exception {
        String email = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.uk";
        StaffSignIns.createAccount(portal, email, StaffRole.EDITOR);
        var editorOnB = staffOnA(portal, email).at(b);
        assertThat(editorOnB.get("staff/consultations").statusCode()).as("signed in, on B").isEqualTo(200);

        var admin = staffOnA(portal, "admin@example.gov.uk");
        long id = Long.parseLong(portal.queryOne("select id from staff_account where email = ?", email));
        var disabled = admin.post("staff/accounts", "action=disable&account=" + id);
        assertThat(disabled.statusCode()).as("disabled on A").isEqualTo(302);

        var next = editorOnB.get("staff/consultations");
        assertThat(next.statusCode()).as("the next request on B").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/staff/sign-in");
        var again = new StaffSignIns.Client(portal).at(b).post("staff/sign-in",
                "email=" + encode(email) + "&password=" + encode(org.involveportal.demo.DemoStaff.PASSWORD));
        assertThat(again.headers().firstValue("Location").orElse("")).as("the password step on B")
                .doesNotEndWith("/staff/sign-in-code");
    }

    @Test
    @DisplayName("Roles changed on one instance end the account's session on the other at once")
    void changedRolesEndTheSession(EmbeddedPortal portal) throws Exception {
        String email = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.uk";
        StaffSignIns.createAccount(portal, email, StaffRole.EDITOR, StaffRole.PUBLISHER);
        var staffOnB = staffOnA(portal, email).at(b);
        assertThat(staffOnB.get("staff/consultations").statusCode()).isEqualTo(200);

        var admin = staffOnA(portal, "admin@example.gov.uk");
        long id = Long.parseLong(portal.queryOne("select id from staff_account where email = ?", email));
        assertThat(admin.post("staff/accounts", "action=roles&account=" + id + "&role-" + id + "=EDITOR").statusCode())
                .as("publisher role taken away on A").isEqualTo(302);

        var next = staffOnB.get("staff/consultations");
        assertThat(next.statusCode()).as("the next request on B").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/staff/sign-in");
    }

    @Test
    @DisplayName("A sign-in throttle reached on one instance holds on the other")
    void throttleHoldsOnBoth(EmbeddedPortal portal) throws Exception {
        String guessed = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.uk";
        String control = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.uk";
        StaffSignIns.createAccount(portal, guessed, StaffRole.EDITOR);
        StaffSignIns.createAccount(portal, control, StaffRole.EDITOR);
        var guesser = onA(portal);
        // wrong passwords on A until the account must wait at least 8 s (five are free, then 1 s, 2 s, 4 s, 8 s ...):
        // long enough for a request to B to arrive within it on a busy machine
        String subject = SignInThrottle.digest(guessed);
        for (int attempts = 1; secondsToWait(portal, subject) < 8; attempts++) {
            var wrong = guesser.post("staff/sign-in", "email=" + encode(guessed) + "&password=" + encode("not the password"));
            assertThat(wrong.statusCode()).as("wrong password on A").isEqualTo(200);
            assertThat(attempts).as("attempts on A before the account waits 8 s").isLessThan(5_000);
        }
        var rightOnB = new StaffSignIns.Client(portal).at(b).post("staff/sign-in",
                "email=" + encode(guessed) + "&password=" + encode(DemoStaff.PASSWORD));
        assertThat(rightOnB.statusCode()).as("the right password on B, after five wrong ones on A").isEqualTo(200);
        assertThat(rightOnB.body()).contains("Too many attempts");
        var controlOnB = new StaffSignIns.Client(portal).at(b).post("staff/sign-in",
                "email=" + encode(control) + "&password=" + encode(DemoStaff.PASSWORD));
        assertThat(controlOnB.headers().firstValue("Location").orElse("")).as("another account on B").endsWith("/staff/sign-in-code");
    }

    @Test
    @DisplayName("A meeting reminder due is sent once: both instances' timers fire, only the lease holder's run does the work")
    void reminderSentOnce(EmbeddedPortal portal) throws Exception {
        String email = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long meeting;
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            long resident = insert(s, "insert into resident (email, password_hash, language, created_at, verified_at) values ('"
                    + email + "', '!', 'en', utc_timestamp(6), utc_timestamp(6))");
            long group = insert(s, "insert into involvement_group (slug, meeting_mode, area, payment, needs_approval, listed) values ('"
                    + email.substring(0, 16) + "', 'IN_PERSON', 'Test', 'NONE', false, true)");
            s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + group
                    + ", 'en', 'Cluster group', 'For tests')");
            meeting = insert(s, "insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + group
                    + ", utc_timestamp(6) + interval 12 hour, utc_timestamp(6) + interval 14 hour, 'Test hall', 10)");
            s.executeUpdate("insert into meeting_text (meeting_id, language, title) values (" + meeting + ", 'en', 'Cluster meeting')");
            s.executeUpdate("insert into meeting_registration (meeting_id, resident_id, status, registered_at, changed_at) values ("
                    + meeting + ", " + resident + ", 'REGISTERED', utc_timestamp(6), utc_timestamp(6))");
        }
        // the shared portal runs the same jobs on its own timers: both clocks an hour ahead of any lease it holds
        moveClock(a, "PT1H");
        moveClock(b, "PT1H");
        var onA = CompletableFuture.supplyAsync(() -> runJob(a, "meeting-reminders"));
        var onB = CompletableFuture.supplyAsync(() -> runJob(b, "meeting-reminders"));
        var answers = List.of(onA.get(), onB.get());
        assertThat(answers).as("what each instance's run did").filteredOn("ran"::equals).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.startsWith("not-here held-by=")).hasSize(1);
        assertThat(portal.count("select count(*) from meeting where id = ? and reminder_sent_at is not null", meeting)).isEqualTo(1);
        assertThat(Mailbox.to(portal, email)).as("reminders to the one registered resident").hasSize(1);
        assertThat(runJob(a, "meeting-reminders") + runJob(b, "meeting-reminders")).as("two more runs").contains("ran");
        assertThat(Mailbox.to(portal, email)).as("reminders after two more runs").hasSize(1);
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops B
    @DisplayName("When the instance holding a job's lease stops, the other runs the job once the lease has run out")
    void jobCarriesOnWhenItsHolderStops(EmbeddedPortal portal) throws Exception {
        String job = "draft-housekeeping";
        // B, its clock two hours ahead, finds any other lease expired and takes the job
        moveClock(b, "PT2H");
        moveClock(a, "PT1H");
        assertThat(runJob(b, job)).as("the job on B").isEqualTo("ran");
        assertThat(runJob(a, job)).as("the job on A while B holds it").startsWith("not-here");
        second.close();
        second = null;
        assertThat(runJob(a, job)).as("B stopped, its lease not yet over").startsWith("not-here");
        moveClock(a, "PT3H");
        assertThat(runJob(a, job)).as("B's lease over").isEqualTo("ran");
    }

    /** How long the staff account with this digest must wait before its next sign-in, by the shared counts; -1 for not at all. */
    private static int secondsToWait(EmbeddedPortal portal, String subject) throws java.sql.SQLException {
        return portal.count("select coalesce(max(timestampdiff(second, utc_timestamp(6), not_before)), -1) from limit_key"
                + " where scope = 'staff:account' and subject = ?", subject);
    }

    /** Runs a scheduled job now on one instance, as its timer would: "ran", or "not-here held-by=...". */
    private static String runJob(String instance, String job) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(instance + "test-support/jobs?name=" + job))
                    .header("Origin", instance.replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("running %s on %s", job, instance).isEqualTo(200);
            return response.body().trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void moveClock(String instance, String offset) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(instance + "test-support/clock?offset=" + offset))
                .header("Origin", instance.replaceAll("/$", "")).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("clock of %s moved by %s", instance, offset).isEqualTo(200);
    }

    private static long insert(java.sql.Statement s, String sql) throws java.sql.SQLException {
        s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
        try (var keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A consultation made on A's back office: drafted by SQL, published through A, open today. */
    private static String publishedOnA(EmbeddedPortal portal, StaffSignIns.Client publisher, String title) throws Exception {
        String slug = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("insert into consultation (slug, opens_at, closes_at) values ('" + slug
                    + "', utc_timestamp(6) + interval 1 day, utc_timestamp(6) + interval 91 day)", Statement.RETURN_GENERATED_KEYS);
            long id;
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            s.executeUpdate("insert into consultation_text (consultation_id, language, title, summary) values (" + id
                    + ", 'en', '" + title + " " + slug + "', 'What we plan, and what you think of it'), (" + id
                    + ", 'cy', 'Cymraeg " + slug + "', 'Beth rydym yn ei gynllunio')");
            s.executeUpdate("insert into consultation_easy_read_idea (consultation_id, position, language, text, picture, alt_text)"
                    + " values (" + id + ", 0, 'en', 'Tell us what you think.', 'speech', 'Speech bubble')");
        }
        LocalDate today = LocalDate.now(LONDON);
        LocalDate last = today.plusWeeks(13);
        var published = publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + today.getDayOfMonth()
                + "&opens-month=" + today.getMonthValue() + "&opens-year=" + today.getYear() + "&closes-day=" + last.getDayOfMonth()
                + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear() + "&reason-en=&reason-cy=");
        assertThat(published.statusCode()).as("published on A").isEqualTo(302);
        return slug;
    }

    /** B shows the consultation open (from its page cache the second time) and would start a response. */
    private static void answerable(EmbeddedPortal portal, StaffSignIns.Client visitorOnB, String slug) throws Exception {
        assertThat(visitorOnB.get("consultations/" + slug).statusCode()).as("published on A, shown on B").isEqualTo(200);
        var again = visitorOnB.get("consultations/" + slug);
        assertThat(again.headers().firstValue("X-Page-Cache")).as("B keeps the page").hasValue("hit");
        assertThat(visitorOnB.get("consultations").body()).contains(slug);
        assertThat(respondentOnB(portal).post("consultations/" + slug + "/respond", "").statusCode())
                .as("a response started on B").isEqualTo(302);
    }

    /** Someone starting a response on B, with cookies of their own. */
    private static StaffSignIns.Client respondentOnB(EmbeddedPortal portal) {
        return new StaffSignIns.Client(portal).at(b);
    }

    /** A resident of their own, signed in with a password on A. */
    private static StaffSignIns.Client residentSignedIn(EmbeddedPortal portal) throws Exception {
        String email = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Two servers, one portal";
        try (var c = portal.connectToDatabase(); var insert = c.prepareStatement("insert into resident (email, password_hash,"
                + " language, created_at, verified_at) values (?, ?, 'en', utc_timestamp(6), utc_timestamp(6))")) {
            insert.setString(1, email);
            insert.setString(2, new PasswordHasher().hash(password));
            insert.executeUpdate();
        }
        var client = onA(portal);
        var signIn = client.post("account/sign-in", "email=" + encode(email) + "&password=" + encode(password));
        assertThat(signIn.statusCode()).as("resident signed in on A").isEqualTo(302);
        return client;
    }
}
