package org.involveportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail and the server log name who did what to which thing, never what a person said about
 * themselves: after a response entered by staff and one sent online with "about you" answers, and staff
 * reading, searching and exporting them, neither holds the free-text answers, the names and email
 * addresses, or the equality answers.
 */
@ExtendWith(PortalExtension.class)
class AuditPrivacyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Path SERVER_LOG = PortalExtension.SERVER_LOG;

    /** Equality answers chosen because these codes appear nowhere else in a log or an audit line. */
    private static final List<String> EQUALITY = List.of("85_OVER", "BISEXUAL", "BUDDHIST", "YES_A_LOT", "sexualOrientation", "sexual_orientation");

    @Test
    @DisplayName("No audit line and no server log line holds a free-text answer, a respondent's name or email, or an equality answer")
    void noPersonalAnswersInTheAuditTrailOrTheLog(EmbeddedPortal portal) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String staffText = "Lanternfish " + run + " my neighbour's care plan was cancelled";
        String staffEmail = "phoned-in-" + run + "@example.org";
        String staffName = "Gwenllian Phonecall" + run;
        String onlineText = "Marmalade " + run + " I care for my mother at home";
        String onlineEmail = "online-" + run + "@example.org";
        String onlineName = "Tomos Onlineanswer" + run;
        var personal = List.of(staffText, staffEmail, staffName, onlineText, onlineEmail, onlineName, "Lanternfish " + run, "Marmalade " + run);

        long lastAuditBefore = Long.parseLong(one(portal, "select coalesce(max(id), 0) from audit_event"));
        long logBefore = Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;

        // an open consultation with one free-text question
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=" + encode("Audit privacy " + run) + "&summary-en=A+summary"
                + "&title-cy=" + encode("Preifatrwydd " + run) + "&summary-cy=Crynodeb");
        assertThat(created.statusCode()).isEqualTo(302);
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=FREE_TEXT&page=1&max-length=500&text-en=Tell+us"
                + "&text-cy=Dywedwch+wrthym").statusCode()).isEqualTo(302);
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate first = TODAY.minusDays(1);
        LocalDate last = TODAY.plusWeeks(13);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth() + "&opens-month="
                + first.getMonthValue() + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth() + "&closes-month="
                + last.getMonthValue() + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);
        long question = Long.parseLong(one(portal, "select q.id from question q join consultation c on c.id = q.consultation_id"
                + " where c.slug = ?", slug));

        // staff enter a response taken by phone, with an email address for the outcome
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        var entered = analyst.post("staff/response-entry?c=" + slug, "channel=PHONE&language=en&answeringAs=CARER&q" + question + "="
                + encode(staffText) + "&way=EMAIL&name=" + encode(staffName) + "&email=" + encode(staffEmail));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(302);
        assertThat(entered.headers().firstValue("Location").orElseThrow()).contains("entered=RS-");

        // a resident answers online, then gives equality answers on "about you"
        var started = Http.postForm(portal.baseUrl() + "consultations/" + slug + "/respond", "");
        assertThat(started.statusCode()).isEqualTo(302);
        String draft = started.headers().firstValue("Location").orElseThrow().replaceAll("/answering-as$", "/");
        assertThat(Http.postForm(draft + "answering-as", "answeringAs=SERVICE_USER&action=continue").statusCode()).isEqualTo(302);
        assertThat(Http.postForm(draft + "questions/1", "q" + question + "=" + encode(onlineText) + "&action=continue").statusCode())
                .isEqualTo(302);
        assertThat(Http.postForm(draft + "contact", "way=EMAIL&name=" + encode(onlineName) + "&email=" + encode(onlineEmail)
                + "&action=continue").statusCode()).isEqualTo(302);
        var sent = Http.postForm(draft + "check", "");
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/about-you");
        var aboutYou = Http.postForm(draft + "about-you", "ageGroup=85_OVER&sexualOrientation=BISEXUAL&religion=BUDDHIST"
                + "&disability=YES_A_LOT");
        assertThat(aboutYou.headers().firstValue("Location").orElseThrow()).endsWith("/sent");

        // what was kept is what the checks below look for
        assertThat(one(portal, "select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = ?"
                + " and r.contact_email in (?, ?)", slug, staffEmail, onlineEmail)).isEqualTo("2");
        assertThat(one(portal, "select concat_ws('|', e.age_group, e.sexual_orientation, e.religion, e.disability) from equality_answers e"
                + " join consultation c on c.id = e.consultation_id where c.slug = ?", slug)).isEqualTo("85_OVER|BISEXUAL|BUDDHIST|YES_A_LOT");

        // staff read, search, export and list the contacts: all audited
        assertThat(analyst.get("staff/analysis-answers?c=" + slug + "&q=" + question + "&search=" + encode("Marmalade " + run))
                .body()).contains(onlineText);
        assertThat(analyst.get("staff/analysis-export?c=" + slug + "&what=answers&format=csv").body()).contains(staffText, onlineText);
        assertThat(analyst.get("staff/analysis-export?c=" + slug + "&what=figures&format=csv").statusCode()).isEqualTo(200);
        assertThat(publisher.get("staff/feedback-contacts?c=" + slug).statusCode()).isEqualTo(200);

        var audit = auditSince(portal, 0);
        var auditNow = auditSince(portal, lastAuditBefore);
        assertThat(String.join("\n", auditNow)).as("the trail recorded this test's actions")
                .contains("RESPONSE_ENTERED", "RESPONSES_EXPORTED", "CONSULTATION_PUBLISHED");
        for (String line : audit) {
            for (String words : personal) {
                assertThat(line).as("audit line").doesNotContainIgnoringCase(words);
            }
        }
        for (String line : auditNow) {
            for (String code : EQUALITY) {
                assertThat(line).as("audit line").doesNotContain(code);
            }
        }

        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        assertThat(log.length()).as("the server log is written").isPositive();
        for (String words : personal) {
            assertThat(log).as("server log").doesNotContainIgnoringCase(words);
        }
        byte[] logBytes = Files.readAllBytes(SERVER_LOG);
        int from = (int) Math.min(logBefore, logBytes.length);
        String logNow = new String(logBytes, from, logBytes.length - from, StandardCharsets.UTF_8);
        for (String code : EQUALITY) {
            assertThat(logNow).as("server log since the answers").doesNotContain(code);
        }
    }

    /** Every audit line after an id, as "action|subject type|subject id|detail|actor". */
    private static List<String> auditSince(EmbeddedPortal portal, long afterId) throws SQLException {
        var lines = new ArrayList<String>();
        try (var connection = portal.connectToDatabase();
             var statement = connection.prepareStatement("select concat_ws('|', action, coalesce(subject_type, '-'),"
                     + " coalesce(subject_id, '-'), coalesce(detail, '-'), coalesce(actor_email, '-')) from audit_event where id > ?")) {
            statement.setLong(1, afterId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }

    private static String one(EmbeddedPortal portal, String sql, Object... parameters) throws SQLException {
        return portal.queryOne(sql, parameters);
    }
}
