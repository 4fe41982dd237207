package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.forum.ForumTestData.*;

import java.sql.SQLException;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff write to a group's members in their language and way, with a printable list for post and phone,
 * and download a contact list of only the members who agreed to be on it.
 */
@ExtendWith(PortalExtension.class)
class GroupMessagesIT {

    /** A group with four people: two emailed (one in Welsh), one by post, one only asking to join. */
    record Group(String slug, long id, String english, String welsh, String post, String asking, long postId) {
    }

    private static Group group(EmbeddedPortal portal) throws SQLException {
        String slug = "message-" + unique();
        long id = insertGroup(portal, slug, true);
        String english = "en-" + unique() + "@example.org";
        String welsh = "cy-" + unique() + "@example.org";
        String post = "post-" + unique() + "@example.org";
        String asking = "asking-" + unique() + "@example.org";
        long englishId = insertResident(portal, english, "en", false);
        long welshId = insertResident(portal, welsh, "en", true);
        long postId = insertResident(portal, post, "en", false);
        long askingId = insertResident(portal, asking, "en", false);
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("update resident set display_name = '=HYPERLINK(\"http://evil.example\")' where id = " + englishId);
            s.executeUpdate("update resident set display_name = 'Pat Post', postal_address = '1 High Street\nTown' where id = " + postId);
            s.executeUpdate("insert into resident_contact_way (resident_id, way) values (" + postId + ", 'POST')");
        }
        long sharing = insertMembership(portal, id, englishId, "MEMBER");
        insertMembership(portal, id, welshId, "MEMBER");
        insertMembership(portal, id, postId, "MEMBER");
        insertMembership(portal, id, askingId, "REQUESTED");
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("update group_membership set share_details = true where id = " + sharing);
        }
        return new Group(slug, id, english, welsh, post, asking, postId);
    }

    @Test
    @DisplayName("A message goes by email in each member's language, once; post goes on a printable list; requests are not members")
    void messageMembers(EmbeddedPortal portal) throws Exception {
        var group = group(portal);
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");

        String page = editor.get("staff/group-message?g=" + group.slug()).body();
        assertThat(page).contains("The group has 3 members.", "2 take email and are emailed at once.",
                "1 chose post or phone, and goes on a list for you to print.", "1 writes in Welsh and gets the Welsh words.");

        // a member writes in Welsh, so the Welsh words are needed; what was typed stays
        var missing = editor.post("staff/group-message?g=" + group.slug(),
                "subject-en=" + StaffSignIns.encode("Next meeting") + "&body-en=" + StaffSignIns.encode("We meet on Tuesday at 2pm."));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("<title>Error: ", "id=\"subject-cy-error\"", "Enter the subject in Welsh", "Enter the message in Welsh",
                "We meet on Tuesday at 2pm.", "value=\"Next meeting\"");
        assertThat(count(portal, "select count(*) from group_message where group_id = ?", group.id())).isZero();

        var sent = editor.post("staff/group-message?g=" + group.slug(), "subject-en=" + StaffSignIns.encode("Next meeting")
                + "&body-en=" + StaffSignIns.encode("We meet on Tuesday at 2pm.")
                + "&subject-cy=" + StaffSignIns.encode("Y cyfarfod nesaf") + "&body-cy=" + StaffSignIns.encode("Rydym yn cwrdd ddydd Mawrth am 2pm."));
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/staff/group-message?g=" + group.slug() + "&sent=");
        long messageId = Long.parseLong(location.replaceAll(".*sent=", ""));

        var english = awaitMail(portal, group.english(), "Next meeting");
        assertThat(String.valueOf(english.getContent())).contains("We meet on Tuesday at 2pm.", "/groups/" + group.slug());
        var welsh = awaitMail(portal, group.welsh(), "Y cyfarfod nesaf");
        assertThat(welsh.getContentLanguage()).containsExactly("cy");
        assertThat(String.valueOf(welsh.getContent())).contains("Rydym yn cwrdd ddydd Mawrth am 2pm.", "/cy/groups/" + group.slug());
        // all were sent within the sending request: none can come later
        assertThat(mailsTo(portal, group.english())).hasSize(1);
        assertThat(mailsTo(portal, group.welsh())).hasSize(1);
        assertThat(mailsTo(portal, group.post())).as("chose post").isEmpty();
        assertThat(mailsTo(portal, group.asking())).as("not a member yet").isEmpty();

        assertThat(editor.get(location.replaceAll("^https?://[^/]+/", "")).body())
                .contains("The message was emailed to 2 members.", "Print the list for the 1 member to reach by post or phone");
        String letters = editor.get("staff/group-letters?g=" + group.slug() + "&m=" + messageId).body();
        assertThat(letters).contains("id=\"letter-" + group.postId() + "\"", "Pat Post", "1 High Street\nTown", "We meet on Tuesday at 2pm.")
                .doesNotContain(group.english(), "Rydym yn cwrdd");
        assertThat(count(portal, "select count(*) from audit_event where action = 'GROUP_MESSAGE_SENT' and subject_id = ?", group.slug())).isEqualTo(1);
        assertThat(count(portal, "select count(*) from audit_event where action = 'GROUP_MESSAGE_SENT' and detail like ?", "%@%"))
                .as("no addresses in the audit trail").isZero();
    }

    @Test
    @DisplayName("The contact list has only members who agreed, with formulas neutralised; only editors get it or send messages")
    void contactListAndRoles(EmbeddedPortal portal) throws Exception {
        var group = group(portal);
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");

        assertThat(editor.get("staff/group-members?g=" + group.slug()).body()).contains("1 member agreed to be on the contact list");
        var csv = editor.get("staff/group-members-export?g=" + group.slug() + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains(group.english(), "'=HYPERLINK").doesNotContain(group.welsh(), group.post(), group.asking());
        assertThat(csv.body().lines().count()).isEqualTo(2);
        assertThat(editor.get("staff/group-members-export?g=" + group.slug() + "&format=xlsx").statusCode()).isEqualTo(200);
        assertThat(count(portal, "select count(*) from audit_event where action = 'GROUP_MEMBERS_EXPORTED' and subject_id = ?", group.slug())).isEqualTo(2);

        for (String role : new String[] {"analyst@example.gov.uk", "publisher@example.gov.uk"}) {
            var other = StaffSignIns.signedIn(portal, role);
            assertThat(other.get("staff/group-message?g=" + group.slug()).statusCode()).as(role).isEqualTo(403);
            assertThat(other.get("staff/group-members-export?g=" + group.slug() + "&format=csv").statusCode()).as(role).isEqualTo(403);
            var forged = other.post("staff/group-message?g=" + group.slug(), "subject-en=Hello&body-en=Forged");
            assertThat(forged.statusCode()).as(role).isEqualTo(403);
        }
        assertThat(count(portal, "select count(*) from group_message where group_id = ?", group.id())).isZero();
        var anonymous = new StaffSignIns.Client(portal);
        assertThat(anonymous.get("staff/group-members-export?g=" + group.slug() + "&format=csv").headers().firstValue("Location").orElse(""))
                .endsWith("/staff/sign-in");
    }

    @Test
    @DisplayName("The message page, with its problems, and the printable list pass axe")
    void accessible(Browser browser, EmbeddedPortal portal) throws Exception {
        var group = group(portal);
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("staff/group-members?g=" + group.slug());
        browser.clickAndWait(By.id("message-link"));
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("send-message"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary a[href='#subject-en']")).isDisplayed()).isTrue();
        browser.assertNoAxeViolations();
        browser.driver().findElement(By.id("subject-en")).sendKeys("Minutes are out");
        browser.driver().findElement(By.id("body-en")).sendKeys("Read them on the group page.");
        browser.driver().findElement(By.id("subject-cy")).sendKeys("Mae'r cofnodion allan");
        browser.driver().findElement(By.id("body-cy")).sendKeys("Darllenwch nhw ar dudalen y grŵp.");
        browser.clickAndWait(By.id("send-message"));
        assertThat(browser.driver().findElement(By.id("sent")).getText()).contains("The message was emailed to 2 members.");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("letters-link"));
        assertThat(browser.driver().findElement(By.id("letters")).getText()).contains("Pat Post");
        browser.assertNoAxeViolations();
        StaffSignIns.signOut(browser);
    }
}
