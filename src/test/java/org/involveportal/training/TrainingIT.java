package org.involveportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training over plain HTTP: staff write a course and a session, it is on /training and /cy/training on the next
 * request, signed-in residents book a place (never more than the places) and give it back, staff record who completed
 * it once it has started, and the completion shows on the resident's history (their own and the staff view, which
 * is audited), in "my data", in the counts the annual report reads, and goes when the account is deleted.
 */
@ExtendWith(PortalExtension.class)
class TrainingIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate IN_TWO_WEEKS = LocalDate.now(LONDON).plusWeeks(2);
    private static final String PASSWORD = "a long resident password 2026";

    @Test
    @DisplayName("A course's session takes bookings up to its places, gives a place back, and a completion shows on the history and in the report's counts")
    void bookAndComplete(EmbeddedPortal portal) throws Exception {
        get(portal, "training");
        assertThat(get(portal, "training").headers().firstValue("X-Page-Cache")).hasValue("hit");

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String title = "Speaking at a board " + System.nanoTime();
        var saved = editor.post("staff/course-edit", "title-en=" + encode(title) + "&description-en=" + encode("How to speak up at a board meeting.")
                + "&title-cy=" + encode("Siarad mewn bwrdd") + "&description-cy=" + encode("Sut i godi llais mewn cyfarfod bwrdd.") + "&publish=yes");
        assertThat(saved.statusCode()).isEqualTo(302);
        String slug = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(slug).startsWith("speaking-at-a-board-");

        // a problem comes back beside its field, with what was typed
        var wrong = editor.post("staff/course-session?c=" + slug, "day=" + IN_TWO_WEEKS + "&start=10:00&end=09:00&places=0&venue=");
        assertThat(wrong.statusCode()).isEqualTo(200);
        var form = Jsoup.parse(wrong.body());
        assertThat(form.select(".error-summary a").eachAttr("href")).contains("#end", "#places", "#venue");
        assertThat(form.getElementById("day").val()).isEqualTo(IN_TWO_WEEKS.toString());

        var session = editor.post("staff/course-session?c=" + slug, "day=" + IN_TWO_WEEKS + "&start=10:00&end=12:30&places=1&venue="
                + encode("Town Hall, room 4") + "&access=" + encode("Step-free entrance."));
        assertThat(session.statusCode()).isEqualTo(302);
        String sessionId = portal.queryOne("select s.id from training_session s join course c on c.id = s.course_id where c.slug = ?", slug);

        // the next request shows it in English and Welsh: the kept list was cleared by the commit
        var list = get(portal, "training");
        assertThat(list.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(Jsoup.parse(list.body()).select("#course-" + slug + " h2 a").text()).isEqualTo(title);
        assertThat(page(portal, "cy/training").select("#course-" + slug + " h2 a").text()).isEqualTo("Siarad mewn bwrdd");
        assertThat(page(portal, "ur/training").selectFirst("#course-" + slug + " h2").attr("lang")).isEqualTo("en-GB");
        var course = page(portal, "training/" + slug);
        assertThat(course.select("#session-" + sessionId + " .places-left").text()).isEqualTo("Places left: 1");
        assertThat(page(portal, "cy/training/" + slug).selectFirst("h1").text()).isEqualTo("Siarad mewn bwrdd");

        // a visitor not signed in is sent to sign in, and a post books nothing
        String booking = "training/" + slug + "/sessions/" + sessionId;
        var anonymous = Http.get(portal.baseUrl() + booking);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/account/sign-in?next=");
        String booked = "select count(*) from training_booking where session_id = " + sessionId;

        var first = ResidentSignIns.signedUpAndVerified(portal, "first-" + System.nanoTime() + "@example.org", PASSWORD);
        var done = first.post(booking, "action=book&need=BSL&accessNeeds=" + encode("I use a wheelchair."));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/" + booking + "?done=booked");
        assertThat(Jsoup.parse(first.get(booking + "?done=booked").body()).getElementById("status").text()).contains("you have a place");
        assertThat(portal.count(booked + " and needs = 'BSL' and access_needs = 'I use a wheelchair.'")).isEqualTo(1);

        // the one place is taken: the session says it is full, to the next resident and on the public page
        String secondEmail = "second-" + System.nanoTime() + "@example.org";
        var second = ResidentSignIns.signedUpAndVerified(portal, secondEmail, PASSWORD);
        assertThat(Jsoup.parse(second.get(booking).body()).getElementById("full")).isNotNull();
        var refused = second.post(booking, "action=book");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(second.get("cy/" + booking).body()).getElementById("full").text()).contains("llawn");
        assertThat(portal.count(booked)).isEqualTo(1);
        assertThat(page(portal, "training/" + slug).select("#session-" + sessionId + " .places-left").text()).startsWith("Full");

        // the first gives the place back; the second books it
        assertThat(first.post(booking, "action=cancel").headers().firstValue("Location").orElseThrow()).endsWith("?done=cancelled");
        assertThat(portal.count(booked)).isZero();
        assertThat(second.post(booking, "action=book").statusCode()).isEqualTo(302);
        String secondId = portal.queryOne("select id from resident where email = ?", secondEmail);
        String bookingId = portal.queryOne("select id from training_booking where session_id = ? and resident_id = ?", sessionId, secondId);

        // completion is recorded only once the session has started
        var early = editor.post("staff/course-people?s=" + sessionId, "action=completed&booking=" + bookingId);
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(early.body()).select(".error-summary").text()).contains("has not started");
        String completions = "select count(*) from training_completion where resident_id = " + secondId;
        assertThat(portal.count(completions)).isZero();
        try {
            portal.moveClock(Duration.ofDays(15));
            // a fortnight on, the staff member signs in again
            var later = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            var recorded = later.post("staff/course-people?s=" + sessionId, "action=completed&booking=" + bookingId);
            assertThat(recorded.statusCode()).isEqualTo(302);
            assertThat(portal.count(completions)).isEqualTo(1);
            // a second press keeps one completion
            later.post("staff/course-people?s=" + sessionId, "action=completed&booking=" + bookingId);
            assertThat(portal.count(completions)).isEqualTo(1);
        } finally {
            portal.moveClock(Duration.ZERO);
        }
        assertThat(portal.count("select count(*) from audit_event where action = 'TRAINING_COMPLETION_RECORDED' and subject_id = ?", slug))
                .isEqualTo(2);

        // the report's counts for the day agree with the database
        Instant dayStart = IN_TWO_WEEKS.atStartOfDay(LONDON).toInstant();
        String courseId = portal.queryOne("select id from course where slug = ?", slug);
        var counts = Http.get(portal.baseUrl() + "test-support/training-completions?from=" + dayStart + "&to=" + dayStart.plus(Duration.ofDays(1)));
        assertThat(counts.statusCode()).isEqualTo(200);
        int inDatabase = portal.count("select count(*) from training_completion where course_id = ? and completed_at >= ? and completed_at < ?",
                courseId, java.time.LocalDateTime.ofInstant(dayStart, java.time.ZoneOffset.UTC),
                java.time.LocalDateTime.ofInstant(dayStart.plus(Duration.ofDays(1)), java.time.ZoneOffset.UTC));
        assertThat(inDatabase).isEqualTo(1);
        assertThat(counts.body().lines()).contains(courseId + "\t" + title + "\t" + inDatabase);
        var before = Http.get(portal.baseUrl() + "test-support/training-completions?from=" + dayStart.minus(Duration.ofDays(1)) + "&to=" + dayStart);
        assertThat(before.body()).doesNotContain(title);

        // the resident's history: 1 course, 2.5 hours, in English and Welsh
        var history = Jsoup.parse(second.get("account/involvement").body());
        assertThat(history.getElementById("total-training").text()).isEqualTo("1");
        assertThat(history.getElementById("total-hours").text()).isEqualTo("2.5");
        assertThat(history.select("#history-list .history-entry__what").eachText()).contains(title);
        var welsh = Jsoup.parse(second.get("cy/account/involvement").body());
        assertThat(welsh.select("#history-list .history-entry__what").eachText()).contains("Siarad mewn bwrdd");
        assertThat(welsh.select("#history-list .history-entry__kind").eachText()).contains("Hyfforddiant wedi'i gwblhau");

        // staff see the same on the person's history, and each viewing is audited
        String viewed = "select count(*) from audit_event where action = 'PERSON_HISTORY_VIEWED' and subject_id = '" + secondId + "'";
        var staffView = Jsoup.parse(editor.get("staff/person?r=" + secondId).body());
        assertThat(staffView.getElementById("total-training").text()).isEqualTo("1");
        assertThat(staffView.select("#history-list").text()).contains(title);
        assertThat(portal.count(viewed)).isEqualTo(1);
        assertThat(Jsoup.parse(editor.get("staff/course-people?s=" + sessionId).body()).select("#booking-" + bookingId + " a[href*=person?r=" + secondId + "]"))
                .isNotEmpty();

        // "my data" lists the booking and the completion; deleting the account removes both
        assertThat(Jsoup.parse(second.get("account/my-data").body()).text()).contains("Training sessions you booked", "Courses you completed", title);
        assertThat(second.post("account/delete", "confirm=yes").headers().firstValue("Location").orElseThrow()).endsWith("/account/deleted");
        assertThat(portal.count(completions)).isZero();
        assertThat(portal.count(booked)).isZero();
    }

    @Test
    @DisplayName("An activity asking for a course says so with a link; a resident without it can still be interested, and staff see who has not done it")
    void activityAsksForACourse(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String course = "Safeguarding basics " + System.nanoTime();
        String slug = editor.post("staff/course-edit", "title-en=" + encode(course) + "&description-en=" + encode("Keeping people safe.")
                + "&publish=yes").headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        String courseId = portal.queryOne("select id from course where slug = ?", slug);

        // a course that does not exist is refused beside the field
        var unknown = editor.post("staff/activity-edit", activity("Visit " + System.nanoTime()) + "&course=999999999");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(unknown.body()).select(".error-summary a").eachAttr("href")).contains("#course");

        var saved = editor.post("staff/activity-edit", activity("Visit " + System.nanoTime()) + "&course=" + courseId + "&publish=yes");
        assertThat(saved.statusCode()).isEqualTo(302);
        String activity = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*a=([a-z0-9-]+).*", "$1");
        assertThat(Jsoup.parse(editor.get("staff/activity-edit?a=" + activity).body()).select("#course option[selected]").val()).isEqualTo(courseId);

        var page = page(portal, "activities/" + activity);
        assertThat(page.select("#course-needed a").attr("href")).endsWith("/training/" + slug);
        assertThat(page.select("#course-needed a").text()).isEqualTo(course);
        assertThat(page(portal, "cy/activities/" + activity).select("#course-needed a").attr("href")).endsWith("/cy/training/" + slug);

        String email = "no-course-" + System.nanoTime() + "@example.org";
        var resident = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        assertThat(Jsoup.parse(resident.get("activities/" + activity + "/interest").body()).select("#course-missing a").text()).isEqualTo(course);
        assertThat(resident.post("activities/" + activity + "/interest", "need=BSL").statusCode()).isEqualTo(302);

        String residentId = portal.queryOne("select id from resident where email = ?", email);
        String interest = portal.queryOne("select i.id from activity_interest i join activity a on a.id = i.activity_id where a.slug = ?", activity);
        var people = Jsoup.parse(editor.get("staff/activity-people?a=" + activity).body());
        assertThat(people.getElementById("lacks-course-" + interest).text()).isEqualTo("Has not done " + course);
        assertThat(people.select("#interest-" + interest + " a[href*=person?r=" + residentId + "]")).isNotEmpty();
    }

    private static String activity(String title) {
        return "title-en=" + encode(title) + "&summary-en=" + encode("Visit a service with us.")
                + "&kind=QUALITY_CHECKER_VISIT&ladder=INVOLVING&topic=DAY_OPPORTUNITIES&who=EVERYONE&day=" + IN_TWO_WEEKS
                + "&start=10:00&end=12:00&places=4";
    }

    private static HttpResponse<String> get(EmbeddedPortal portal, String path) {
        var response = Http.get(portal.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static Document page(EmbeddedPortal portal, String path) {
        return Jsoup.parse(get(portal, path).body());
    }
}
