package org.involveportal.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Keep me informed" digests, with the job run through test support: a Welsh reader gets one digest in Welsh of
 * what opened on their topics, not again within the week whatever opens, then one with only what is new; a
 * resident who chose post is on the staff's post list; the link in the email stops the digest, and its page
 * passes axe.
 */
@ExtendWith(PortalExtension.class)
class DigestIT {

    private static final String PASSWORD = "a long resident password 2026";
    private static final String WELSH_SUBJECT = "Newydd ar eich pynciau: ymgynghoriadau, grwpiau a gweithgareddau";
    private static final Pattern STOP_LINK = Pattern.compile("https?://\\S+/cy/account/stop-digest/([A-Za-z0-9_-]{43})");
    private static final LocalDate IN_SIX_WEEKS = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(6);

    @Test
    @DisplayName("A Welsh reader gets one digest in Welsh, not again within the week, then only what is new; post goes on the list; the link stops it")
    void weeklyInWelsh(EmbeddedPortal portal, Browser browser) throws Exception {
        String run = String.valueOf(System.nanoTime());
        String welshEmail = "digest-cy-" + run + "@example.org";
        var welsh = ResidentSignIns.signedUpAndVerified(portal, welshEmail, PASSWORD);
        assertThat(welsh.post("account/profile", "involvement=KEEP_INFORMED&topic=HOUSING&contactWay=EMAIL&welsh=yes&keepInformed=yes")
                .statusCode()).isEqualTo(302);
        String postEmail = "digest-post-" + run + "@example.org";
        var byPost = ResidentSignIns.signedUpAndVerified(portal, postEmail, PASSWORD);
        assertThat(byPost.post("account/profile", "name=" + encode("Pat Post " + run) + "&involvement=KEEP_INFORMED&topic=HOUSING"
                + "&contactWay=POST&postalAddress=" + encode("7 Ffordd y Post\nCasnewydd\nNP20 1AA") + "&keepInformed=yes").statusCode())
                .isEqualTo(302);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String first = publishActivity(editor, "Housing panel " + run, "Panel tai " + run);

        runJob(portal);
        var digest = Mailbox.awaitNth(portal, welshEmail, WELSH_SUBJECT, 1);
        String body = String.valueOf(digest.getContent());
        assertThat(body).contains("Mae'r rhain wedi agor", "Gweithgaredd: Panel tai " + run, "/cy/activities/" + first)
                .doesNotContain("Housing panel " + run);
        assertThat(digest.getContentLanguage()).containsExactly("cy");
        assertThat(portal.count("select count(*) from digest_sent d join resident r on r.id = d.resident_id where r.email = ?"
                + " and d.way = 'EMAIL' and d.language = 'cy'", welshEmail)).isEqualTo(1);

        // run again, and again after something new opens: nothing more within the week
        runJob(portal);
        String second = publishActivity(editor, "Housing repairs workshop " + run, "Gweithdy atgyweirio tai " + run);
        runJob(portal);
        assertThat(Mailbox.to(portal, welshEmail, WELSH_SUBJECT)).hasSize(1);
        assertThat(portal.count("select count(*) from digest_sent d join resident r on r.id = d.resident_id where r.email = ?",
                welshEmail)).isEqualTo(1);

        // the one for post is on the list staff print, with the words in English
        var letters = Jsoup.parse(editor.get("staff/digest-letters").body());
        var letter = letters.select("section.letter").stream().filter(s -> s.text().contains("Pat Post " + run)).findFirst().orElseThrow();
        assertThat(letter.text()).contains("7 Ffordd y Post", "NP20 1AA", "Activity: Housing panel " + run);
        assertThat(Mailbox.to(portal, postEmail, "New on your topics: consultations, groups and activities")).isEmpty();
        assertThat(portal.count("select count(*) from audit_event where action = 'CONTACT_LIST_VIEWED' and subject_type = 'digest'"))
                .isPositive();

        portal.moveClock(Duration.ofDays(8));
        try {
            runJob(portal);
            var next = Mailbox.awaitNth(portal, welshEmail, WELSH_SUBJECT, 2);
            assertThat(String.valueOf(next.getContent())).contains("Gweithdy atgyweirio tai " + run, "/cy/activities/" + second)
                    .doesNotContain("Panel tai " + run);

            // the link in it stops the digest: opening it changes nothing, its button does
            var link = STOP_LINK.matcher(String.valueOf(next.getContent()));
            assertThat(link.find()).isTrue();
            String page = "cy/account/stop-digest/" + link.group(1);
            var opened = Http.get(portal.baseUrl() + page);
            assertThat(opened.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(opened.body()).getElementById("stop-digest")).isNotNull();
            assertThat(portal.queryOne("select keep_informed from resident where email = ?", welshEmail)).isIn("1", "true");
            for (String prefix : List.of("", "cy/", "ur/")) {
                for (String mode : List.of("?print=standard&read=standard", "?print=large", "?read=easy")) {
                    browser.resize(320, 900).open(page.replace("cy/", prefix) + mode);
                    assertThat(browser.scrollsHorizontally()).as(prefix + mode).isFalse();
                    browser.assertNoAxeViolations();
                }
            }
            browser.open("account?print=standard&read=standard");
            var stopped = Http.postForm(portal.baseUrl() + page, "");
            assertThat(stopped.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(stopped.body()).getElementById("digest-stopped").text()).isEqualTo("Fyddwch chi ddim yn cael rhagor o grynodebau");
            assertThat(portal.queryOne("select keep_informed from resident where email = ?", welshEmail)).isIn("0", "false");
            assertThat(Jsoup.parse(Http.postForm(portal.baseUrl() + page, "").body()).getElementById("digest-stopped"))
                    .as("a link works once").isNull();
        } finally {
            portal.moveClock(Duration.ZERO);
        }
        portal.moveClock(Duration.ofDays(16));
        try {
            publishActivity(StaffSignIns.signedIn(portal, "editor@example.gov.uk"), "Housing forum " + run, "Fforwm tai " + run);
            runJob(portal);
            assertThat(Mailbox.to(portal, welshEmail, WELSH_SUBJECT)).as("stopped").hasSize(2);
        } finally {
            portal.moveClock(Duration.ZERO);
        }
    }

    /** Runs the digest job now; none fails (a digest not due is not a failure, and is not counted). */
    private static String runJob(EmbeddedPortal portal) {
        var response = Http.postForm(portal.baseUrl() + "test-support/digests", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).endsWith("failed=0");
        return response.body();
    }

    /** Publishes an activity on housing through the staff page and returns its slug. */
    private static String publishActivity(StaffSignIns.Client editor, String title, String welshTitle) throws Exception {
        var saved = editor.post("staff/activity-edit", "title-en=" + encode(title) + "&summary-en=" + encode("Tell us what matters.")
                + "&venue-en=" + encode("Town Hall") + "&title-cy=" + encode(welshTitle) + "&summary-cy=" + encode("Dywedwch wrthym.")
                + "&kind=FOCUS_GROUP&ladder=CONSULTING&topic=HOUSING&who=EVERYONE&day=" + IN_SIX_WEEKS
                + "&start=10:00&end=12:00&places=8&publish=yes");
        assertThat(saved.statusCode()).as(title).isEqualTo(302);
        return saved.headers().firstValue("Location").orElseThrow().replaceAll(".*a=([a-z0-9-]+).*", "$1");
    }
}
