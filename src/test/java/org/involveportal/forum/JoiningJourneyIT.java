package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.forum.ForumTestData.*;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Journeys;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * A resident's whole way into a group, in a browser, in English with JavaScript and in Welsh without:
 * sign up from the group's page, set needs, ask to join a group that checks who joins, staff approve,
 * register for a meeting with the needs offered again until it is full, a second member is put on the
 * waiting list, and a cancellation gives them the place with an email. axe runs on every page the
 * resident sees with JavaScript on (it needs script to run); the pages are the same without it.
 */
@ExtendWith(PortalExtension.class)
class JoiningJourneyIT {

    private static final Pattern ANY_VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify/[A-Za-z0-9_-]{43}");

    /** What differs by language: the address prefix and a few words checked on the pages and in the email. */
    record Words(String prefix, String lang, String errorTitle, String requested, String registered, String waitlisted,
                 String joinedSubjectStart, String groupNameStart) {
    }

    static final Words ENGLISH = new Words("", "en", "Error:", "You have asked to join. We will email you when staff decide.",
            "You have a place at the meeting. We will remind you before it.",
            "You are on the waiting list. If a place comes free, it is yours and we will email you.",
            "You have joined ", "Test group ");
    static final Words WELSH = new Words("cy/", "cy", "Gwall:", "Rydych chi wedi gofyn i ymuno. Byddwn yn anfon e-bost atoch pan fydd y staff yn penderfynu.",
            "Mae gennych le yn y cyfarfod. Byddwn yn eich atgoffa cyn y cyfarfod.",
            "Rydych chi ar y rhestr aros. Os daw lle yn rhydd, chi fydd yn ei gael a byddwn yn anfon e-bost atoch.",
            "Rydych wedi ymuno â ", "Grwp prawf ");

    static Stream<Arguments> journeys() {
        return Journeys.inEnglishAndWelsh(ENGLISH, WELSH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    @DisplayName("Sign up, set needs, ask to join, staff approve, register until full, the next waits, a cancellation gives them the place by email")
    void joinAndRegister(String name, Words words, boolean javascript, Browser sharedBrowser, EmbeddedPortal portal) throws Exception {
        String slug = "journey-" + unique();
        long groupId = insertGroup(portal, slug, true);
        long meetingId = insertMeeting(portal, groupId, 2);
        offerSupport(portal, meetingId, "BSL", "TRANSPORT", "REFRESHMENTS");
        register(portal, meetingId, insertResident(portal, "holder-" + unique() + "@example.org", "en", false), "REGISTERED", null);
        String emailA = "a-" + unique() + "@example.org";
        String emailB = "b-" + unique() + "@example.org";
        signedUpAndVerified(portal, emailB);
        long idB = Long.parseLong(one(portal, "select id from resident where email = ?", emailB));
        insertMembership(portal, groupId, idB, "MEMBER");

        try (var journey = Journeys.browser(javascript, sharedBrowser, portal)) {
            var browser = journey.browser();
            String p = words.prefix();

            // from the group's page to sign in, and on to sign up
            browser.open(p + "groups/" + slug);
            check(browser, javascript, words);
            browser.clickAndWait(By.id("join-group"));
            assertThat(browser.driver().getCurrentUrl()).contains("/" + p + "account/sign-in?next=");
            browser.clickAndWait(By.cssSelector("main a[href$='/account/sign-up']"));
            browser.type("email", emailA);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.cssSelector("main form button"));
            browser.driver().get(awaitLink(portal, emailA, ANY_VERIFY_LINK));
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "account/profile?welcome=true");

            // needs, once, in the profile
            click(browser, "involvement-2");
            click(browser, "need-5");
            browser.type("accessNeeds", "A hearing loop, please");
            browser.clickAndWait(By.id("save-profile"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "account/profile?saved=true");
            long idA = Long.parseLong(one(portal, "select id from resident where email = ?", emailA));

            // ask to join: the needs are offered again; a problem keeps what was typed and ticked
            browser.open(p + "groups/" + slug);
            browser.clickAndWait(By.id("join-group"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "groups/" + slug + "/join");
            assertThat(browser.driver().findElement(By.id("need-5")).isSelected()).as("BSL from the profile").isTrue();
            assertThat(browser.driver().findElement(By.id("accessNeeds")).getAttribute("value")).isEqualTo("A hearing loop, please");
            assertThat(browser.driver().findElement(By.id("approval")).isDisplayed()).isTrue();
            check(browser, javascript, words);
            click(browser, "need-2");
            click(browser, "share");
            browser.type("accessNeeds", "x".repeat(1001));
            browser.clickAndWait(By.id("ask-to-join"));
            assertThat(browser.driver().getTitle()).startsWith(words.errorTitle());
            assertThat(browser.driver().findElement(By.id("accessNeeds-error")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary a[href='#accessNeeds']")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("need-2")).isSelected()).as("ticks stay ticked").isTrue();
            assertThat(browser.driver().findElement(By.id("share")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("accessNeeds")).getAttribute("value")).hasSize(1001);
            check(browser, javascript, words);
            assertThat(count(portal, "select count(*) from group_membership where group_id = ? and resident_id = ?", groupId, idA)).isZero();
            browser.type("accessNeeds", "A hearing loop and step-free access");
            browser.clickAndWait(By.id("ask-to-join"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "account/involvement?done=requested");
            assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo(words.requested());
            check(browser, javascript, words);
            assertThat(one(portal, "select concat(status, ' ', share_details) from group_membership where group_id = ? and resident_id = ?", groupId, idA))
                    .isEqualTo("REQUESTED 1");
            assertThat(one(portal, "select access_needs from resident where id = ?", idA)).as("kept in the profile")
                    .isEqualTo("A hearing loop and step-free access");
            assertThat(one(portal, "select group_concat(need order by need) from resident_communication_need where resident_id = ?", idA))
                    .isEqualTo("BSL,LARGE_PRINT");

            // meetings of a group that checks who joins are for members only, until staff approve
            browser.open(p + "groups/" + slug + "/meetings/" + meetingId + "/register");
            assertThat(browser.driver().findElements(By.id("register"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("join-first")).isDisplayed()).isTrue();
            long membership = Long.parseLong(one(portal, "select id from group_membership where group_id = ? and resident_id = ?", groupId, idA));
            approve(portal, slug, membership, emailA, javascript);
            MimeMessage approved = awaitMailStartingWith(portal, emailA, words.joinedSubjectStart() + words.groupNameStart() + slug);
            assertThat(approved.getContentLanguage()).containsExactly(words.lang());
            assertThat(mailsTo(portal, emailA).stream().filter(m -> subject(m).startsWith(words.joinedSubjectStart()))).hasSize(1);

            // register: the support the meeting offers, ticked from the profile; the last place
            browser.open(p + "groups/" + slug);
            assertThat(browser.driver().findElement(By.id("your-membership")).isDisplayed()).isTrue();
            browser.clickAndWait(By.id("register-" + meetingId));
            assertThat(browser.driver().findElement(By.id("support-bsl")).isSelected()).as("BSL from the profile").isTrue();
            assertThat(browser.driver().findElement(By.id("support-transport")).isSelected()).isFalse();
            assertThat(browser.driver().findElements(By.id("support-refreshments"))).as("laid on for all, not asked for").isEmpty();
            assertThat(browser.driver().findElement(By.id("accessNeeds")).getAttribute("value")).isEqualTo("A hearing loop and step-free access");
            check(browser, javascript, words);
            click(browser, "support-transport");
            browser.clickAndWait(By.id("register"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "account/involvement?done=registered");
            assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo(words.registered());
            assertThat(browser.driver().findElements(By.id("cancel-" + meetingId))).hasSize(1);
            check(browser, javascript, words);
            assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idA)).isEqualTo("REGISTERED");
            assertThat(one(portal, "select group_concat(s.support order by s.support) from meeting_registration_support s join meeting_registration r"
                    + " on r.id = s.registration_id where r.meeting_id = ? and r.resident_id = ?", meetingId, idA)).isEqualTo("BSL,TRANSPORT");
            assertThat(count(portal, "select count(*) from meeting_registration where meeting_id = ? and status = 'REGISTERED'", meetingId))
                    .as("the meeting is full").isEqualTo(2);
            signOut(browser, p);

            // the next member finds it full and joins the waiting list
            browser.open(p + "groups/" + slug + "/meetings/" + meetingId + "/register");
            signIn(browser, emailB);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "groups/" + slug + "/meetings/" + meetingId + "/register");
            assertThat(browser.driver().findElement(By.id("places")).isDisplayed()).isTrue();
            check(browser, javascript, words);
            browser.clickAndWait(By.id("register"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + p + "account/involvement?done=waitlisted");
            assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo(words.waitlisted());
            assertThat(browser.driver().findElement(By.cssSelector("#meeting-" + meetingId + " .waiting-position")).getText()).isEqualTo("1");
            check(browser, javascript, words);
            assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idB)).isEqualTo("WAITLISTED");
            assertThat(mailsTo(portal, emailB).stream().filter(m -> subject(m).startsWith("You have a place"))).isEmpty();
            signOut(browser, p);

            // the first gives up their place: the one waiting has it, and is told once
            browser.open(p + "account/involvement");
            signIn(browser, emailA);
            browser.clickAndWait(By.id("cancel-" + meetingId));
            assertThat(browser.driver().findElement(By.id("done")).isDisplayed()).isTrue();
            check(browser, javascript, words);
            assertThat(one(portal, "select status from meeting_registration where meeting_id = ? and resident_id = ?", meetingId, idB)).isEqualTo("REGISTERED");
            var offered = awaitMailStartingWith(portal, emailB, "You have a place: Test group " + slug + ", ");
            assertThat(String.valueOf(offered.getContent())).contains("/calendar/meeting-" + meetingId + ".ics");
            // the email goes out within the cancelling request, so a second one would be here already
            assertThat(mailsTo(portal, emailB).stream().filter(m -> subject(m).startsWith("You have a place"))).hasSize(1);
            assertThat(mailsTo(portal, emailA).stream().filter(m -> subject(m).startsWith("You have a place"))).isEmpty();
        }
    }

    @Test
    @DisplayName("The join and register pages in English, Welsh and Urdu, each reading mode, at 320 and 1280 pixels: axe clean, no sideways scrolling")
    void everyLanguageAndMode(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = "pages-" + unique();
        long groupId = insertGroup(portal, slug, false);
        long meetingId = insertMeeting(portal, groupId, 1);
        offerSupport(portal, meetingId, "BSL", "HEARING_LOOP", "SUPPORT_WORKER");
        String email = "pages-" + unique() + "@example.org";
        signedUpAndVerified(portal, email);
        browser.reset(portal.baseUrl());
        browser.open("account/involvement");
        signIn(browser, email);
        var languages = List.of("", "cy/", "ur/");
        var modes = List.of("read=standard&print=standard", "read=easy&print=standard", "read=standard&print=large");
        for (String language : languages) {
            for (String mode : modes) {
                // every rule once per page, mode and width, each mode in another language (one template and one style
                // sheet in each language but for words and lang/dir); elsewhere every rule but colour contrast
                boolean everyRule = languages.indexOf(language) == modes.indexOf(mode);
                for (String page : List.of("/join", "/meetings/" + meetingId + "/register")) {
                    // one load, measured and scanned at each width in turn
                    browser.resize(320, 900);
                    browser.open(language + "groups/" + slug + page + "?" + mode);
                    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
                    for (int width : new int[] {320, 1280}) {
                        browser.resize(width, 900);
                        assertThat(browser.scrollsHorizontally()).as("%s%s %s at %d px", language, page, mode, width).isFalse();
                        if (!everyRule) {
                            if (width == 1280) {
                                browser.assertNoAxeViolationsExceptContrast(); // the styles are the same in every language
                            } else {
                                browser.assertNoAxeViolationsOfWrapping();
                            }
                        } else if (width == 1280) {
                            browser.assertNoAxeViolations();
                        } else {
                            browser.assertNoAxeViolationsOfLayout(); // the same page is scanned whole at 1280 px
                        }
                        browser.screenshot("joining-" + (language.isEmpty() ? "en" : language.replace("/", "")) + page.replace('/', '-')
                                .replaceAll("-[0-9]+-", "-") + "-" + mode.replaceAll("[^a-z]", "") + "-" + width);
                    }
                }
            }
        }
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.resize(1280, 1000);
    }

    /** Staff approve the request: in a browser of their own with JavaScript, or as a plain form post without. */
    private static void approve(EmbeddedPortal portal, String slug, long membership, String email, boolean javascript) throws Exception {
        if (!javascript) {
            var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            assertThat(editor.post("staff/group-members?g=" + slug, "membership=" + membership + "&decision=approve").statusCode()).isEqualTo(302);
            return;
        }
        try (var staff = Browser.start(true)) {
            staff.reset(portal.baseUrl());
            StaffSignIns.signIn(staff, "editor@example.gov.uk");
            staff.open("staff/group-members?g=" + slug);
            assertThat(staff.driver().findElement(By.id("membership-" + membership)).getText()).as("who asks, and what helps them")
                    .contains(email, "Large print", "British Sign Language (BSL)", "A hearing loop and step-free access");
            staff.assertNoAxeViolations();
            staff.clickAndWait(By.cssSelector("#membership-" + membership + " form:first-child button"));
            assertThat(staff.driver().findElements(By.cssSelector("#member-table tbody tr"))).hasSize(2);
            staff.assertNoAxeViolations();
        }
    }

    private static void signIn(Browser browser, String email) {
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.clickAndWait(By.id("sign-in-password"));
    }

    private static void signOut(Browser browser, String prefix) {
        browser.open(prefix + "account");
        browser.clickAndWait(By.id("sign-out"));
    }

    private static void check(Browser browser, boolean javascript, Words words) {
        assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as("not an error page").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).startsWith(words.lang());
        // axe once per distinct page: in the English journey with JavaScript; everyLanguageAndMode
        // scans the join and register pages in Welsh and Urdu in every mode
        if (javascript && words == ENGLISH) {
            browser.assertNoAxeViolations();
        }
    }

    private static String awaitLink(EmbeddedPortal portal, String email, Pattern link) {
        return Mailbox.await(portal, email, "link", messages -> messages.stream()
                .map(message -> link.matcher(content(message))).filter(java.util.regex.Matcher::find).map(m -> m.group()).findFirst());
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void click(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
    }
}
