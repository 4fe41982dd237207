package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff home over plain HTTP: each role sees the counts of its own work, each equal to the database's, overdue
 * and waiting work first and said in words; and a member of staff opening a page their roles do not allow is told
 * which role it needs, in their language, where anyone else is told the page does not exist.
 */
@ExtendWith(PortalExtension.class)
class StaffHomeIT {

    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    @Test
    @DisplayName("Each role's counts on the staff home equal the database's, this week's meetings name the support asked for")
    void countsMatchTheDatabase(EmbeddedPortal portal) throws Exception {
        var week = StaffToDo.Week.containing(Instant.now());
        String starts = SQL.format(week.starts());
        String ends = SQL.format(week.ends());
        // a meeting this week with someone coming who asked for a BSL interpreter, and a request to join waiting
        long group = Long.parseLong(portal.queryOne("select id from involvement_group where slug = 'power-and-control'"));
        long resident = Long.parseLong(portal.queryOne("select min(id) from resident"));
        long otherResident = Long.parseLong(portal.queryOne("select max(id) from resident"));
        long meeting;
        boolean requestAdded;
        try (var db = portal.connectToDatabase(); var sql = db.createStatement()) {
            sql.executeUpdate("insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + group + ", '"
                    + SQL.format(week.starts().plusSeconds(36_000)) + "', '" + SQL.format(week.starts().plusSeconds(43_200))
                    + "', 'Civic Centre', 20)");
            meeting = Long.parseLong(portal.queryOne("select max(id) from meeting"));
            sql.executeUpdate("insert into meeting_text (meeting_id, language, title, details) values (" + meeting
                    + ", 'en', 'Home page test meeting', '')");
            sql.executeUpdate("insert into meeting_registration (meeting_id, resident_id, status, access_needs, registered_at, changed_at)"
                    + " values (" + meeting + ", " + resident + ", 'REGISTERED', null, utc_timestamp(6), utc_timestamp(6))");
            sql.executeUpdate("insert into meeting_registration_support (registration_id, support) values ("
                    + portal.queryOne("select max(id) from meeting_registration") + ", 'BSL')");
            requestAdded = 1 == sql.executeUpdate("insert ignore into group_membership (group_id, resident_id, status, requested_at) values ("
                    + group + ", " + otherResident + ", 'REQUESTED', utc_timestamp(6))");
        }
        try {
            checkEachRole(portal, starts, ends);
        } finally {
            // other tests in this JVM read the group's meetings and members
            try (var db = portal.connectToDatabase(); var sql = db.createStatement()) {
                sql.executeUpdate("delete from meeting where id = " + meeting);
                if (requestAdded) {
                    sql.executeUpdate("delete from group_membership where status = 'REQUESTED' and group_id = " + group
                            + " and resident_id = " + otherResident);
                }
            }
        }
    }

    private static void checkEachRole(EmbeddedPortal portal, String starts, String ends) throws Exception {
        var editor = home(portal, "editor@example.gov.uk");
        assertThat(count(editor, "join-requests"))
                .isEqualTo(portal.count("select count(*) from group_membership where status = 'REQUESTED'")).isPositive();
        assertThat(count(editor, "meetings-this-week"))
                .isEqualTo(portal.count("select count(*) from meeting where starts_at >= ? and starts_at < ?", starts, ends)).isPositive();
        assertThat(editor.select("#to-do-meetings-this-week li").eachText())
                .anySatisfy(line -> assertThat(line).contains("Power and Control").contains("British Sign Language (BSL) interpreter: 1"));
        assertThat(count(editor, "drafts"))
                .isEqualTo(portal.count("select count(*) from consultation where published_at is null and withdrawn_at is null"));
        assertThat(count(editor, "opening")).isEqualTo(portal.count("select count(*) from consultation where published_at is not null"
                + " and withdrawn_at is null and opens_at >= ? and opens_at < ?", starts, ends));
        assertThat(count(editor, "closing")).isEqualTo(portal.count("select count(*) from consultation where published_at is not null"
                + " and withdrawn_at is null and closes_at >= ? and closes_at < ?", starts, ends));
        var pressing = editor.select("#pressing > li").eachAttr("class");
        assertThat(pressing).as("pressing work first, overdue before waiting").contains("to-do to-do--due")
                .isSortedAccordingTo(java.util.Comparator.comparing((String kind) -> !kind.endsWith("--overdue")));
        assertThat(editor.select("#pressing > li").eachAttr("id")).contains("to-do-join-requests");
        assertThat(editor.select("#to-do-join-requests .tag--due").text()).isEqualTo("Waiting");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String open = "select count(*) from format_request where status in ('NEW', 'IN_PROGRESS')";
        assertThat(count(editor, "format-requests-overdue")).isEqualTo(portal.count(open + " and due_on < ?", today));
        assertThat(count(editor, "format-requests-due")).isEqualTo(portal.count(open + " and due_on >= ?", today));
        assertThat(count(editor, "actions-red")).isEqualTo(portal.count("select count(*) from plan_action a join action_plan p"
                + " on p.id = a.plan_id where p.published = true and a.rag = 'RED'")).as("the demo plans' red actions").isPositive();
        assertThat(editor.getElementById("to-do-expense-claims")).as("finance's work").isNull();

        var publisher = home(portal, "publisher@example.gov.uk");
        String owed = "select count(*) from consultation where published_at is not null and withdrawn_at is null"
                + " and feedback_published_at is null and closes_at <= utc_timestamp(6)";
        int overdue = portal.count(owed + " and closes_at + interval 84 day < utc_timestamp(6)");
        assertThat(count(publisher, "feedback-overdue")).isEqualTo(overdue);
        assertThat(count(publisher, "feedback-owed")).isEqualTo(portal.count(owed) - overdue);
        assertThat(count(publisher, "decisions")).isEqualTo(portal.count("select count(*) from consultation c where published_at is not null"
                + " and withdrawn_at is null and closes_at <= utc_timestamp(6) and not exists (select 1 from consultation_decision d"
                + " where d.consultation_id = c.id and d.decided_on is not null)"));
        assertThat(publisher.getElementById("to-do-drafts")).as("an editor's work").isNull();

        var finance = home(portal, "finance@example.gov.uk");
        assertThat(count(finance, "expense-claims")).isEqualTo(portal.count("select count(*) from expense_claim where status = 'SENT'"))
                .as("the demo's claim waiting for a decision").isPositive();
        assertThat(count(finance, "expense-payable")).isEqualTo(portal.count("select count(*) from expense_item i"
                + " join expense_claim c on c.id = i.claim_id where i.status = 'APPROVED' and i.batch_id is null and c.status = 'DECIDED'"));
        assertThat(count(finance, "expense-letters"))
                .isEqualTo(portal.count("select count(*) from expense_notice where way = 'POST' and posted_at is null"));
        assertThat(finance.getElementById("to-do-join-requests")).isNull();

        var analyst = home(portal, "analyst@example.gov.uk");
        assertThat(analyst.select("li.to-do")).as("no counts for an analyst's roles").isEmpty();
        assertThat(analyst.getElementById("nothing-pressing").text()).isEqualTo("Nothing is overdue or waiting for you.");
    }

    @Test
    @DisplayName("A page needing another role says which, in the reader's language; an address that does not exist is not found")
    void roleNeededIsNamed(EmbeddedPortal portal) throws Exception {
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        var refused = analyst.get("staff/consultation-edit?c=carers-short-breaks");
        assertThat(refused.statusCode()).isEqualTo(403);
        var page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("You need the editor role to do this");
        assertThat(page.getElementById("your-roles").text()).isEqualTo("Your roles: analyst.");
        assertThat(page.selectFirst("main a[href$='/staff/']")).as("a way back to the staff home").isNotNull();
        assertThat(page.selectFirst(".site-header__account").text()).as("still signed in, and can sign out")
                .contains("analyst@example.gov.uk");

        var welsh = Jsoup.parse(analyst.get("cy/staff/consultation-edit?c=carers-short-breaks").body());
        assertThat(welsh.selectFirst("h1").text()).isEqualTo("Mae angen rôl golygydd arnoch i wneud hyn");

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(Jsoup.parse(editor.get("staff/analysis").body()).selectFirst("h1").text())
                .as("a page two roles may open").isEqualTo("You need the publisher or analyst role to do this");
        var forged = editor.post("staff/expense-policy", "limit-FARE=9999");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forged.body()).selectFirst("h1").text()).isEqualTo("You need the admin role to do this");

        var missing = editor.get("staff/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    private static Document home(EmbeddedPortal portal, String email) throws Exception {
        var response = StaffSignIns.signedIn(portal, email).get("staff/");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static long count(Document home, String id) {
        var item = home.getElementById("to-do-" + id);
        assertThat(item).as(id).isNotNull();
        long count = Long.parseLong(item.attr("data-count"));
        assertThat(item.selectFirst("a.to-do__link").text()).as("the count is said in the words").matches(count == 0 ? "No.*" : ".*" + count + ".*");
        return count;
    }
}
