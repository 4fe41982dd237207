package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.forum.ForumTestData.*;

import java.sql.Statement;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Groups and meetings wired to residents' accounts: the resident is emailed, in their language, when
 * staff decide on their request to join and when a cancellation gives them a place; "my data" and its
 * download list their memberships and registrations; deleting the account removes them (a place held
 * goes to the first person waiting); registrations and memberships must name a real account.
 */
@ExtendWith(PortalExtension.class)
class JoiningIT {

    @Test
    @DisplayName("Staff approving or refusing a request to join emails the outcome, in Welsh to one who writes in Welsh")
    void decisionsEmailed(EmbeddedPortal portal) throws Exception {
        String slug = "joining-" + unique();
        long groupId = insertGroup(portal, slug, true);
        String welshEmail = "cy-" + unique() + "@example.org";
        String englishEmail = "en-" + unique() + "@example.org";
        long welsh = insertResident(portal, welshEmail, "en", true);
        long english = insertResident(portal, englishEmail, "en", false);
        long welshRequest = insertMembership(portal, groupId, welsh);
        long englishRequest = insertMembership(portal, groupId, english);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.post("staff/group-members?g=" + slug, "membership=" + welshRequest + "&decision=approve").statusCode()).isEqualTo(302);
        assertThat(editor.post("staff/group-members?g=" + slug, "membership=" + englishRequest + "&decision=refuse").statusCode()).isEqualTo(302);

        var approved = awaitMail(portal, welshEmail, "Rydych wedi ymuno â Grwp prawf " + slug);
        assertThat(approved.getContentLanguage()).containsExactly("cy");
        assertThat(String.valueOf(approved.getContent())).contains("Rydych chi nawr yn aelod.").contains("/cy/groups/" + slug);
        var refused = awaitMail(portal, englishEmail, "Your request to join Test group " + slug);
        assertThat(String.valueOf(refused.getContent())).contains("was not approved this time").contains("/groups/" + slug)
                .doesNotContain("/cy/");
        assertThat(mailsTo(portal, welshEmail)).hasSize(1);
        assertThat(mailsTo(portal, englishEmail)).hasSize(1);
    }

    @Test
    @DisplayName("A cancellation gives the first person waiting the place, and they are emailed with the meeting and a calendar link")
    void placeOfferedEmailed(EmbeddedPortal portal) throws Exception {
        String slug = "places-" + unique();
        long groupId = insertGroup(portal, slug, false);
        long meetingId = insertMeeting(portal, groupId, 1);
        long holder = insertResident(portal, "holder-" + unique() + "@example.org", "en", false);
        String firstEmail = "first-" + unique() + "@example.org";
        String secondEmail = "second-" + unique() + "@example.org";
        long first = insertResident(portal, firstEmail, "en", false);
        long second = insertResident(portal, secondEmail, "cy", false);
        register(portal, meetingId, holder, "REGISTERED", null);
        register(portal, meetingId, first, "WAITLISTED", 1);
        register(portal, meetingId, second, "WAITLISTED", 2);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.post("staff/meeting?m=" + meetingId, "action=cancel&resident=" + holder).statusCode()).isEqualTo(302);

        var offered = awaitMailStartingWith(portal, firstEmail, "You have a place: Test group " + slug + ", ");
        assertThat(String.valueOf(offered.getContent())).contains("Good news: a place came free and it is yours.", "Test meeting", "Test hall",
                "/calendar/meeting-" + meetingId + ".ics", "/groups/" + slug);
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, first))
                .isEqualTo("REGISTERED");
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, second))
                .isEqualTo("WAITLISTED");
        // the offer was emailed within the cancelling request, so a second one would be here already
        assertThat(mailsTo(portal, secondEmail)).as("still waiting: no email").isEmpty();
    }

    @Test
    @DisplayName("My data lists memberships and registrations; deleting the account removes them and gives its place to who waits")
    void myDataAndDeletion(EmbeddedPortal portal) throws Exception {
        String slug = "mine-" + unique();
        long groupId = insertGroup(portal, slug, false);
        long meetingId = insertMeeting(portal, groupId, 1);
        String email = "mine-" + unique() + "@example.org";
        var resident = signedUpAndVerified(portal, email);
        long id = Long.parseLong(one(portal, "select id from resident where email = ?", email));
        String waitingEmail = "waiting-" + unique() + "@example.org";
        long waiting = insertResident(portal, waitingEmail, "en", false);
        insertMembership(portal, groupId, id);
        register(portal, meetingId, id, "REGISTERED", null);
        register(portal, meetingId, waiting, "WAITLISTED", 1);

        String page = resident.get("account/my-data").body();
        assertThat(page).contains("Groups you joined or asked to join", "Test group " + slug, "Asked to join, waiting for a decision",
                "Meetings you registered for", "Test meeting", "You have a place");
        String json = resident.get("account/my-data.json").body();
        assertThat(json).contains("Test group " + slug, "Test meeting", "You have a place");

        var deleted = resident.post("account/delete", "confirm=yes");
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/account/deleted");
        assertThat(count(portal, "select count(*) from resident where id = ?", id)).isZero();
        assertThat(count(portal, "select count(*) from group_membership where resident_id = ?", id)).isZero();
        assertThat(count(portal, "select count(*) from meeting_registration where resident_id = ?", id)).isZero();
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, waiting))
                .isEqualTo("REGISTERED");
        awaitMailStartingWith(portal, waitingEmail, "You have a place: Test group " + slug + ", ");
    }

    @Test
    @DisplayName("My involvement lists places and places in line; a resident cancels their own place, never another's by changing ids")
    void myInvolvement(EmbeddedPortal portal) throws Exception {
        String slug = "mine-" + unique();
        long groupId = insertGroup(portal, slug, true);
        long meetingId = insertMeeting(portal, groupId, 1);
        String emailA = "a-" + unique() + "@example.org";
        String emailB = "b-" + unique() + "@example.org";
        var a = signedUpAndVerified(portal, emailA);
        var b = signedUpAndVerified(portal, emailB);
        long idA = Long.parseLong(one(portal, "select id from resident where email = ?", emailA));
        long idB = Long.parseLong(one(portal, "select id from resident where email = ?", emailB));
        register(portal, meetingId, idA, "REGISTERED", null);
        register(portal, meetingId, idB, "WAITLISTED", 1);
        insertMembership(portal, groupId, idA);

        String pageA = a.get("account/involvement").body();
        assertThat(pageA).contains("id=\"meeting-" + meetingId + "\"", "Test meeting", "You have a place", "Cancel my place",
                "Test group " + slug, "Asked to join, waiting for a decision", "Leave group");
        String pageB = b.get("account/involvement").body();
        assertThat(pageB).contains("On the waiting list", "<dd class=\"waiting-position\">1</dd>").doesNotContain("Asked to join");
        assertThat(b.get("cy/account/involvement").body()).contains("Ar y rhestr aros", "Canslo fy lle");

        // B tries to cancel A's place and to leave A's group by naming them: only B's own rows can change
        var forged = b.post("account/involvement", "action=cancel&meeting=" + meetingId + "&resident=" + idA);
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idA))
                .isEqualTo("REGISTERED");
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idB))
                .isEqualTo("CANCELLED");
        b.post("account/involvement", "action=leave&group=" + slug + "&resident=" + idA);
        assertThat(one(portal, "select status from group_membership where group_id = ? and resident_id = ?", groupId, idA)).isEqualTo("REQUESTED");
        assertThat(b.get("account/involvement?resident=" + idA).body()).doesNotContain("Test meeting").contains("You have not registered");
        assertThat(new StaffSignIns.Client(portal).get("account/involvement").headers().firstValue("Location").orElseThrow())
                .contains("/account/sign-in?next=");

        // B asks to join and registers naming A: the rows are B's own, never A's
        String open = "open-" + unique();
        long openGroup = insertGroup(portal, open, false);
        long openMeeting = insertMeeting(portal, openGroup, 5);
        assertThat(b.post("groups/" + open + "/join", "resident=" + idA + "&residentId=" + idA + "&share=yes").statusCode()).isEqualTo(302);
        assertThat(b.post("groups/" + open + "/meetings/" + openMeeting + "/register", "resident=" + idA + "&residentId=" + idA)
                .statusCode()).isEqualTo(302);
        assertThat(count(portal, "select count(*) from group_membership where group_id = ? and resident_id = ?", openGroup, idB)).isEqualTo(1);
        assertThat(count(portal, "select count(*) from meeting_registration where meeting_id = ? and resident_id = ?", openMeeting, idB)).isEqualTo(1);
        assertThat(count(portal, "select count(*) from group_membership where group_id = ? and resident_id = ?", openGroup, idA)).isZero();
        assertThat(count(portal, "select count(*) from meeting_registration where meeting_id = ? and resident_id = ?", openMeeting, idA)).isZero();
        // and a meeting of a group that checks who joins is refused to a non-member, on the server
        var refused = b.post("groups/" + slug + "/meetings/" + meetingId + "/register", "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Only members of this group can register for its meetings.");

        var cancelled = a.post("account/involvement", "action=cancel&meeting=" + meetingId);
        assertThat(cancelled.headers().firstValue("Location").orElseThrow()).endsWith("/account/involvement?done=cancel");
        assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idA))
                .isEqualTo("CANCELLED");
        assertThat(a.get("account/involvement?done=cancel").body()).contains("Your place was cancelled.").doesNotContain("Test meeting");
        var again = a.post("account/involvement", "action=cancel&meeting=" + meetingId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"problem\"");
        a.post("account/involvement", "action=leave&group=" + slug);
        assertThat(one(portal, "select status from group_membership where group_id = ? and resident_id = ?", groupId, idA)).isEqualTo("LEFT");
    }

    @Test
    @DisplayName("My involvement in a browser, English and Welsh: signing in first comes back to it; axe finds nothing")
    void myInvolvementAccessible(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = "seen-" + unique();
        long groupId = insertGroup(portal, slug, false);
        long meetingId = insertMeeting(portal, groupId, 1);
        String email = "seen-" + unique() + "@example.org";
        signedUpAndVerified(portal, email);
        long id = Long.parseLong(one(portal, "select id from resident where email = ?", email));
        long holder = insertResident(portal, "holder-" + unique() + "@example.org", "en", false);
        register(portal, meetingId, holder, "REGISTERED", null);
        register(portal, meetingId, id, "WAITLISTED", 1);
        insertMembership(portal, groupId, id);

        browser.open("account/involvement");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.clickAndWait(By.id("sign-in-password"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/involvement");
        assertThat(browser.driver().findElement(By.cssSelector("#meeting-" + meetingId + " .waiting-position")).getText()).isEqualTo("1");
        browser.assertNoAxeViolations();
        browser.open("cy/account/involvement");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Fy ngrwpiau a fy nghyfarfodydd");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("cancel-" + meetingId));
        assertThat(browser.driver().findElement(By.id("done")).getText()).startsWith("Cafodd eich lle ei ganslo.");
        browser.assertNoAxeViolations();
        browser.open("account");
        browser.clickAndWait(By.id("involvement-link"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/involvement");
    }

    @Test
    @DisplayName("Registrations and memberships must name an account, and go with it when it is deleted in the database")
    void foreignKeys(EmbeddedPortal portal) throws Exception {
        long groupId = insertGroup(portal, "keys-" + unique(), false);
        long meetingId = insertMeeting(portal, groupId, 5);
        long missing = Long.parseLong(one(portal, "select coalesce(max(id), 0) + 1000 from resident"));
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            assertThat(failsWithForeignKey(s, "insert into group_membership (group_id, resident_id, status, requested_at) values ("
                    + groupId + ", " + missing + ", 'REQUESTED', utc_timestamp(6))")).isTrue();
            assertThat(failsWithForeignKey(s, "insert into meeting_registration (meeting_id, resident_id, status, registered_at, changed_at)"
                    + " values (" + meetingId + ", " + missing + ", 'REGISTERED', utc_timestamp(6), utc_timestamp(6))")).isTrue();
        }
        long resident = insertResident(portal, "keys-" + unique() + "@example.org", "en", false);
        insertMembership(portal, groupId, resident);
        register(portal, meetingId, resident, "REGISTERED", null);
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("delete from resident where id = " + resident);
        }
        assertThat(count(portal, "select count(*) from group_membership where resident_id = ?", resident)).isZero();
        assertThat(count(portal, "select count(*) from meeting_registration where resident_id = ?", resident)).isZero();
    }

    @Test
    @DisplayName("The demo's nearly full meeting is filled by demo residents' accounts that cannot be signed in to")
    void demoResidents(EmbeddedPortal portal) throws Exception {
        String sql = "select count(*) from meeting_registration r join resident p on p.id = r.resident_id"
                + " join meeting_text t on t.meeting_id = r.meeting_id and t.language = 'en'"
                + " where t.title = 'Carers Forum: short breaks' and r.status = 'REGISTERED'"
                + " and p.email like 'carer-%@example.org' and p.password_hash = '!demo-account-no-password'";
        assertThat(count(portal, sql)).isEqualTo(11);
        var client = new StaffSignIns.Client(portal);
        var signIn = client.post("account/sign-in", "action=password&email=carer-1%40example.org&password=" + StaffSignIns.encode(PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(client.get("account").statusCode()).isEqualTo(302);
    }
}
