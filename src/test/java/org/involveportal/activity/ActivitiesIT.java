package org.involveportal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Involvement activities over plain HTTP: staff write and publish one, it is on /activities and /cy/activities on
 * the next request (the kept list is not served again), a signed-in resident says they are interested once with
 * their needs, a second time is refused politely, an anonymous visitor is sent to sign in, only editors write them,
 * and problems come back beside their fields in the staff member's language.
 */
@ExtendWith(PortalExtension.class)
class ActivitiesIT {

    private static final LocalDate IN_TWO_WEEKS = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2);

    @Test
    @DisplayName("A published activity is listed in English and Welsh at once, and a resident says they are interested once, with their needs")
    void publishedThenInterest(EmbeddedPortal portal) throws Exception {
        // the list is kept for visitors before the activity exists
        get(portal, "activities");
        assertThat(get(portal, "activities").headers().firstValue("X-Page-Cache")).hasValue("hit");

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String title = "Mystery shopping at the contact centre " + System.nanoTime();
        var saved = editor.post("staff/activity-edit", form(title) + "&publish=yes");
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/staff/activity-edit?a=mystery-shopping-at-the-contact-centre-").endsWith("&saved=true");
        String slug = location.replaceAll(".*a=([a-z0-9-]+).*", "$1");

        // the next request shows it: the kept list was cleared by the commit
        var next = get(portal, "activities");
        assertThat(next.headers().firstValue("X-Page-Cache")).hasValue("miss");
        var english = Jsoup.parse(next.body());
        assertThat(english.select("#activity-" + slug + " h2 a").text()).isEqualTo(title);
        assertThat(english.selectFirst("#activity-" + slug + " .card__meta").text()).contains("Mystery shopping", "Paid for your time");
        var welsh = page(portal, "cy/activities");
        assertThat(welsh.select("#activity-" + slug + " h2 a").text()).isEqualTo("Siopa cudd yn y ganolfan gyswllt");
        assertThat(welsh.select("#activity-" + slug + " h2 a").attr("href")).endsWith("/cy/activities/" + slug);
        // not written in Urdu: shown in English, marked as English
        assertThat(page(portal, "ur/activities").selectFirst("#activity-" + slug + " h2").attr("lang")).isEqualTo("en-GB");
        // the filters find it by kind, and leave it out for another kind
        assertThat(page(portal, "activities?kind=MYSTERY_SHOPPING").getElementById("activity-" + slug)).isNotNull();
        assertThat(page(portal, "activities?kind=FOCUS_GROUP").getElementById("activity-" + slug)).isNull();

        var activity = page(portal, "activities/" + slug);
        assertThat(activity.selectFirst("h1").text()).isEqualTo(title);
        assertThat(activity.select(".activity-facts").text()).contains("Consulting: we ask for your views", "Carers", "6",
                "British Sign Language (BSL) interpreter", "Paid for your time", "Step-free entrance");
        assertThat(page(portal, "cy/activities/" + slug).selectFirst("h1").text()).isEqualTo("Siopa cudd yn y ganolfan gyswllt");
        assertThat(portal.count("select count(*) from audit_event where action = 'ACTIVITY_PUBLISHED' and subject_id = '" + slug + "'"))
                .isEqualTo(1);

        // a visitor not signed in is sent to sign in, and comes back here after
        var anonymous = Http.get(portal.baseUrl() + "activities/" + slug + "/interest");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/account/sign-in?next=");
        assertThat(Http.postForm(portal.baseUrl() + "activities/" + slug + "/interest", "need=BSL").statusCode()).isEqualTo(302);

        var resident = ResidentSignIns.signedUpAndVerified(portal, "activity-" + System.nanoTime() + "@example.org",
                "a long resident password 2026");
        var form = Jsoup.parse(resident.get("activities/" + slug + "/interest").body());
        assertThat(form.getElementById("send-interest")).isNotNull();
        var sent = resident.post("activities/" + slug + "/interest", "need=BSL&need=LARGE_PRINT&accessNeeds=" + encode("I use a wheelchair."));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/activities/" + slug + "/interest?done=true");
        assertThat(Jsoup.parse(resident.get("activities/" + slug + "/interest?done=true").body()).getElementById("status").text())
                .contains("Thank you");
        String interest = "select count(*) from activity_interest i join activity a on a.id = i.activity_id where a.slug = '" + slug + "'";
        assertThat(portal.count(interest)).isEqualTo(1);
        assertThat(portal.count(interest + " and i.needs = 'LARGE_PRINT,BSL' and i.access_needs = 'I use a wheelchair.'")).isEqualTo(1);

        // a second time is refused politely, in the reader's language, and nothing is recorded twice
        var again = resident.post("activities/" + slug + "/interest", "need=BSL");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(again.body()).getElementById("status").text()).contains("You have already told us you are interested");
        assertThat(Jsoup.parse(resident.post("cy/activities/" + slug + "/interest", "need=BSL").body()).getElementById("status").text())
                .contains("Rydych eisoes wedi dweud wrthym");
        assertThat(portal.count(interest)).isEqualTo(1);

        // staff see how many are interested against the places
        var list = Jsoup.parse(editor.get("staff/activities").body());
        assertThat(list.selectFirst("#activity-" + slug + " .interest-count").text()).isEqualTo("Interested: 1. Places: 6.");

        // "my data" lists the interest and the needs given with it, in the reader's language; deleting the account removes it
        assertThat(Jsoup.parse(resident.get("account/my-data").body()).text()).contains(
                "Activities you said you are interested in", title, "Mystery shopping", "Interested, not chosen yet",
                "British Sign Language (BSL)", "I use a wheelchair.");
        assertThat(Jsoup.parse(resident.get("cy/account/my-data").body()).text()).contains(
                "Gweithgareddau y dywedoch fod gennych ddiddordeb ynddyn nhw", "Siopa cudd yn y ganolfan gyswllt");
        assertThat(resident.get("account/my-data.json").body()).contains(title, "I use a wheelchair.");
        var deleted = resident.post("account/delete", "confirm=yes");
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/account/deleted");
        assertThat(portal.count(interest)).isZero();
    }

    @Test
    @DisplayName("Staff choose who takes part, never more than the places; once it has started they mark who came and the outcome")
    void whoTakesPart(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var saved = editor.post("staff/activity-edit", form("Tender panel " + System.nanoTime()).replace("places=6", "places=1")
                .replace("kind=MYSTERY_SHOPPING", "kind=RECRUITMENT_OR_TENDER_PANEL") + "&publish=yes");
        String slug = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*a=([a-z0-9-]+).*", "$1");
        var emails = new java.util.ArrayList<String>();
        for (String who : new String[] {"first", "second"}) {
            emails.add(who + "-" + System.nanoTime() + "@example.org");
            var resident = ResidentSignIns.signedUpAndVerified(portal, emails.get(emails.size() - 1), "a long resident password 2026");
            assertThat(resident.post("activities/" + slug + "/interest", "need=EASY_READ").statusCode()).isEqualTo(302);
        }
        var people = Jsoup.parse(editor.get("staff/activity-people?a=" + slug).body());
        var ids = people.select("#people-list > li").eachAttr("id").stream().map(id -> id.substring("interest-".length())).toList();
        assertThat(ids).hasSize(2);
        assertThat(people.selectFirst("#interest-" + ids.get(0) + " .person__needs").text()).isEqualTo("Easy read");
        String page = "staff/activity-people?a=" + slug;

        var chosen = editor.post(page, "action=choose&interest=" + ids.get(0));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("&done=CHOSEN");
        var full = Jsoup.parse(editor.post(page, "action=choose&interest=" + ids.get(1)).body());
        assertThat(full.selectFirst("#people-error").text()).contains("Every place is taken");
        var early = Jsoup.parse(editor.post(page, "action=came&interest=" + ids.get(0)).body());
        assertThat(early.selectFirst("#people-error").text()).contains("has not started yet");
        assertThat(editor.post(page, "action=notChosen&interest=" + ids.get(1)).statusCode()).isEqualTo(302);
        // an analyst's forged choice changes nothing
        assertThat(StaffSignIns.signedIn(portal, "analyst@example.gov.uk").post(page, "action=choose&interest=" + ids.get(1)).statusCode())
                .isEqualTo(403);
        String statuses = "select group_concat(i.status order by i.id) from activity_interest i join activity a on a.id = i.activity_id"
                + " where a.slug = '" + slug + "'";
        assertThat(portal.queryOne(statuses)).isEqualTo("CHOSEN,NOT_CHOSEN");
        // each is told, once the decision is kept, by email
        String title = portal.queryOne("select t.title from activity_text t join activity a on a.id = t.activity_id"
                + " where a.slug = '" + slug + "' and t.language = 'en'");
        var place = Mailbox.awaitSubjectStartingWith(portal, emails.get(0), "You have a place: " + title);
        assertThat(place.getContent().toString()).contains("/activities/" + slug);
        var notThisTime = Mailbox.awaitSubjectStartingWith(portal, emails.get(1), "About " + title);
        assertThat(notThisTime.getContent().toString()).contains("you were not chosen", "/activities");
        assertThat(Mailbox.to(portal, emails.get(1), "You have a place: " + title)).isEmpty();

        portal.moveClock(Duration.ofDays(15));
        try {
            // a fortnight on, the staff member signs in again
            var later = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            var started = Jsoup.parse(later.get(page).body());
            assertThat(started.getElementById("came-" + ids.get(0))).as("the chosen are marked").isNotNull();
            assertThat(started.getElementById("choose-" + ids.get(0))).as("choices are settled once it starts").isNull();
            assertThat(started.getElementById("came-" + ids.get(1))).as("only the chosen are marked").isNull();
            var came = later.post(page, "action=came&interest=" + ids.get(0));
            assertThat(came.statusCode()).isEqualTo(302);
            assertThat(came.headers().firstValue("Location").orElseThrow()).endsWith("&done=attendance");
            var lateResponse = later.post(page, "action=choose&interest=" + ids.get(1));
            assertThat(lateResponse.statusCode()).as("choosing after the start is refused").isEqualTo(200);
            var late = Jsoup.parse(lateResponse.body());
            assertThat(late.selectFirst("#people-error").text()).contains("can no longer change");
            assertThat(later.post(page, "action=outcome&outcome=" + encode("Residents chose the new day service provider.")).statusCode())
                    .isEqualTo(302);
            var tooLong = Jsoup.parse(later.post(page, "action=outcome&outcome=" + "x".repeat(501)).body());
            assertThat(tooLong.selectFirst("#outcome-error").text()).contains("up to 500 characters");
            assertThat(tooLong.selectFirst("#outcome").text()).hasSize(501);
        } finally {
            portal.moveClock(Duration.ZERO);
        }
        assertThat(portal.count("select count(*) from activity_interest i join activity a on a.id = i.activity_id where a.slug = '"
                + slug + "' and i.attended = true")).isEqualTo(1);
        assertThat(portal.queryOne("select outcome from activity where slug = '" + slug + "'"))
                .isEqualTo("Residents chose the new day service provider.");
        assertThat(portal.count("select count(*) from audit_event where action = 'ACTIVITY_PEOPLE_CHOSEN' and subject_id = '" + slug + "'"))
                .isEqualTo(2);
        assertThat(portal.count("select count(*) from audit_event where action = 'ACTIVITY_ATTENDANCE_MARKED' and subject_id = '" + slug + "'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("An activity not published is on no public page, and nobody can say they are interested in it")
    void draftIsNotPublic(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String title = "Focus group draft " + System.nanoTime();
        var saved = editor.post("staff/activity-edit", form(title).replace("kind=MYSTERY_SHOPPING", "kind=FOCUS_GROUP"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String slug = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*a=([a-z0-9-]+).*", "$1");

        assertThat(page(portal, "activities").getElementById("activity-" + slug)).isNull();
        assertThat(Http.get(portal.baseUrl() + "activities/" + slug).statusCode()).isEqualTo(404);
        var resident = ResidentSignIns.signedUpAndVerified(portal, "draft-" + System.nanoTime() + "@example.org",
                "a long resident password 2026");
        assertThat(resident.post("activities/" + slug + "/interest", "need=BSL").statusCode()).isEqualTo(404);
        assertThat(portal.count("select count(*) from activity_interest i join activity a on a.id = i.activity_id where a.slug = '"
                + slug + "'")).isZero();
        assertThat(Jsoup.parse(editor.get("staff/activities").body()).selectFirst("#activity-" + slug).text()).contains("Not published");
    }

    @Test
    @DisplayName("Problems come back beside their fields in the staff member's language, with what was typed kept")
    void problemsBesideFields(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var english = editor.post("staff/activity-edit", "title-cy=" + encode("Gweithdy") + "&places=900&day=" + IN_TWO_WEEKS
                + "&start=14:00&end=10:00&venue-en=" + encode("Town Hall"));
        assertThat(english.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(english.body());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst("#title-en-error").text()).contains("Enter a title");
        assertThat(page.selectFirst("#summary-cy-error").text()).contains("Enter what the activity is about");
        assertThat(page.selectFirst("#kind-error").text()).contains("Choose the kind of activity");
        assertThat(page.selectFirst("#ladder-error").text()).contains("Choose the level on the ladder of participation");
        assertThat(page.selectFirst("#end-error").text()).contains("The end must be after the start");
        assertThat(page.selectFirst("#places-error").text()).contains("from 1 to 500");
        assertThat(page.selectFirst("#title-en").attr("aria-describedby")).contains("title-en-error");
        assertThat(page.selectFirst("#title-cy").val()).isEqualTo("Gweithdy");
        assertThat(page.selectFirst("#venue-en").val()).isEqualTo("Town Hall");
        assertThat(page.selectFirst("#places").val()).isEqualTo("900");

        var welsh = Jsoup.parse(editor.post("cy/staff/activity-edit", "title-cy=" + encode("Gweithdy")).body());
        assertThat(welsh.selectFirst("#title-en-error").text()).contains("Rhowch deitl");
        assertThat(welsh.selectFirst("#kind-error").text()).contains("Dewiswch y math o weithgaredd");
        assertThat(portal.count("select count(*) from activity_text where title = 'Gweithdy'")).isZero();
    }

    @Test
    @DisplayName("Only editors write activities: an analyst is refused the pages and a forged post changes nothing")
    void editorsOnly(EmbeddedPortal portal) throws Exception {
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        for (String path : new String[] {"staff/activities", "staff/activity-edit", "cy/staff/activities",
                "staff/activity-edit?a=quality-checker-visit-day-services"}) {
            assertThat(analyst.get(path).statusCode()).as(path).isEqualTo(403);
        }
        String forged = "Forged activity " + System.nanoTime();
        assertThat(analyst.post("staff/activity-edit", form(forged) + "&publish=yes").statusCode()).isEqualTo(403);
        assertThat(analyst.post("staff/activity-edit?a=quality-checker-visit-day-services", form(forged)).statusCode()).isEqualTo(403);
        assertThat(portal.count("select count(*) from activity_text where title = '" + forged + "'")).isZero();
        assertThat(page(portal, "activities/quality-checker-visit-day-services").selectFirst("h1").text())
                .isEqualTo("Quality Checker visit to a day service");
        assertThat(StaffSignIns.signedIn(portal, "editor@example.gov.uk").get("cy/staff/activities").statusCode()).isEqualTo(200);
    }

    /** A whole activity in English and Welsh, paid, six places, in two weeks (not published unless added). */
    private static String form(String title) {
        return "title-en=" + encode(title) + "&summary-en=" + encode("Try our phone line as a caller would, and tell us how it went.")
                + "&venue-en=" + encode("Contact centre, Town Hall") + "&access-en=" + encode("Step-free entrance. Quiet room.")
                + "&title-cy=" + encode("Siopa cudd yn y ganolfan gyswllt") + "&summary-cy=" + encode("Rhowch gynnig ar ein llinell ffôn.")
                + "&kind=MYSTERY_SHOPPING&ladder=CONSULTING&topic=INFORMATION_AND_ADVICE&who=CARERS&day=" + IN_TWO_WEEKS
                + "&start=10:00&end=12:30&places=6&support=BSL&support=TRANSPORT&paid=yes";
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
