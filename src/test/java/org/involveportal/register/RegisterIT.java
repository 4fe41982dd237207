package org.involveportal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The register of involved people over plain HTTP: only residents who agreed to be contacted are found, by each
 * criterion, with the counts the database gives; searches and exports are audited without names; an invitation
 * reaches people by email in their language and by letter; the profile's new choices are kept and shown, and the
 * changed profile page passes axe in English, Welsh and Urdu in every reading mode.
 */
@ExtendWith(PortalExtension.class)
class RegisterIT {

    private static final String PASSWORD = "a long resident password 2026";

    /** A district no demo or other test address is in (no real postcode area starts with Z), so what is found here is known. */
    private static final String DISTRICT = randomDistrict();

    private static String randomDistrict() {
        var random = new java.util.Random();
        return "Z" + (char) ('A' + random.nextInt(26)) + random.nextInt(10) + (char) ('A' + random.nextInt(26));
    }

    @Test
    @DisplayName("Only people who agreed are found, by each criterion, as many as the database holds; every search and export is audited without names")
    void searchHonoursConsent(EmbeddedPortal portal) throws Exception {
        String run = String.valueOf(System.nanoTime());
        long welshByPost = resident(portal, "Anwen " + run, "en", true, true, "WORK_TOGETHER", "HOUSING", "POST", "EVENINGS", "BSL");
        long refused = resident(portal, "Bryn " + run, "en", true, false, "WORK_TOGETHER", "HOUSING", "POST", "EVENINGS", "BSL");
        long byEmail = resident(portal, "Carys " + run, "en", false, true, "GIVE_VIEWS", "TRANSPORT_AND_MOBILITY", "EMAIL", "WEEKENDS", null);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var all = search(editor, "area=" + DISTRICT);
        assertThat(ids(all)).contains(welshByPost, byEmail).doesNotContain(refused);
        assertThat(found(all)).isEqualTo(portal.count("select count(*) from resident where contact_consent = true"
                + " and verified_at is not null and postcode_district = ?", DISTRICT));
        // by a postcode area, which holds its districts
        assertThat(ids(search(editor, "area=" + DISTRICT.substring(0, 2)))).contains(welshByPost, byEmail).doesNotContain(refused);

        assertThat(ids(search(editor, "area=" + DISTRICT + "&topic=HOUSING"))).containsExactly(welshByPost);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&level=GIVE_VIEWS"))).containsExactly(byEmail);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&language=cy"))).containsExactly(welshByPost);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&need=BSL"))).containsExactly(welshByPost);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&availability=WEEKENDS"))).containsExactly(byEmail);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&clientGroup=CARERS"))).containsExactlyInAnyOrder(welshByPost, byEmail);
        assertThat(ids(search(editor, "area=" + DISTRICT + "&clientGroup=OLDER_PEOPLE"))).isEmpty();

        // across the whole register, the count is the database's
        var housing = search(editor, "topic=HOUSING");
        assertThat(found(housing)).isEqualTo(portal.count("select count(distinct r.id) from resident r join resident_topic t"
                + " on t.resident_id = r.id where r.contact_consent = true and r.verified_at is not null and t.topic = 'HOUSING'"));
        assertThat(housing.select("#people > li")).hasSizeLessThanOrEqualTo(RegisterService.PAGE_SIZE);

        // a typed area that is not one is a problem beside its field, in a page that still works
        var wrong = Jsoup.parse(editor.get("staff/register?search=1&area=" + encode("12 High St")).body());
        assertThat(wrong.selectFirst("#area-error").text()).contains("postcode district");
        assertThat(wrong.title()).startsWith("Error: ");
        assertThat(wrong.getElementById("people")).isNull();

        // each search is audited with its criteria and count, never a name or an address
        assertThat(portal.count("select count(*) from audit_event where action = 'REGISTER_SEARCHED' and actor_email = ?"
                + " and detail like ?", "editor@example.gov.uk", "topic=HOUSING, area=" + DISTRICT + "; 1 found%")).isEqualTo(1);
        assertThat(portal.count("select count(*) from audit_event where action like 'REGISTER%' and (detail like ? or detail like ?)",
                "%" + run + "%", "%@example.org%")).isZero();

        // the export holds those found who agreed, and is audited
        var csv = editor.get("staff/register-export?format=csv&area=" + DISTRICT);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("Anwen " + run, "Carys " + run, "Cymraeg").doesNotContain("Bryn " + run);
        assertThat(editor.get("staff/register-export?format=xlsx&area=" + DISTRICT).statusCode()).isEqualTo(200);
        assertThat(portal.count("select count(*) from audit_event where action = 'REGISTER_EXPORTED' and detail like ?",
                "area=" + DISTRICT + "; % found; as csv")).isEqualTo(1);

        // only editors
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        assertThat(analyst.get("staff/register?search=1").statusCode()).isEqualTo(403);
        assertThat(analyst.get("staff/register-export?format=csv").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("An invitation needs Welsh when someone found writes in Welsh; it is emailed in each one's language and the rest are letters")
    void invitation(EmbeddedPortal portal, Browser browser) throws Exception {
        String run = String.valueOf(System.nanoTime());
        String district = randomDistrict();
        long welshByPost = residentIn(portal, district, "Dafydd " + run, "en", true, true, "LEAD", "HEALTH_AND_WELLBEING", "POST", null, null);
        String welshEmail = "welsh-email-" + run + "@example.org";
        long welshByEmail = residentIn(portal, district, welshEmail, "cy", false, true, "LEAD", "HEALTH_AND_WELLBEING", "EMAIL", null, null);
        String englishEmail = "english-email-" + run + "@example.org";
        residentIn(portal, district, englishEmail, "en", false, true, "LEAD", "HEALTH_AND_WELLBEING", "EMAIL", null, null);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String query = "area=" + district + "&topic=HEALTH_AND_WELLBEING";
        var page = Jsoup.parse(editor.get("staff/register-invite?" + query).body());
        assertThat(page.select("#audience li").eachText()).anyMatch(line -> line.startsWith("3 people found"));

        String english = "subject-en=" + encode("Join our health panel") + "&body-en=" + encode("We would like to hear from you.");
        var noWelsh = editor.post("staff/register-invite?" + query, english);
        assertThat(noWelsh.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(noWelsh.body()).selectFirst("#subject-cy-error").text()).contains("Welsh");

        var sent = editor.post("staff/register-invite?" + query, english + "&subject-cy=" + encode("Ymunwch â'n panel iechyd")
                + "&body-cy=" + encode("Hoffem glywed gennych chi."));
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/staff/register-invite?sent=");
        String id = location.replaceAll(".*sent=(\\d+).*", "$1");

        var welsh = Mailbox.awaitSubjectStartingWith(portal, welshEmail, "Ymunwch â'n panel iechyd");
        assertThat(String.valueOf(welsh.getContent())).contains("Hoffem glywed gennych chi.", "/cy/account/profile");
        var inEnglish = Mailbox.awaitSubjectStartingWith(portal, englishEmail, "Join our health panel");
        assertThat(String.valueOf(inEnglish.getContent())).contains("We would like to hear from you.", "/account/profile");
        assertThat(Mailbox.to(portal, welshEmail, "Join our health panel")).isEmpty();

        var letters = Jsoup.parse(editor.get("staff/register-letters?i=" + id).body());
        assertThat(letters.getElementById("letter-" + welshByPost).text()).contains("Dafydd " + run, "1 Heol y Prawf", "Cymraeg");
        assertThat(letters.getElementById("letter-" + welshByEmail)).isNull();
        assertThat(letters.getElementById("letter-cy").text()).isEqualTo("Ymunwch â'n panel iechyd");

        assertThat(portal.count("select count(*) from register_invitation_recipient where invitation_id = ?", id)).isEqualTo(3);

        // the results, the invitation form and sent page, and the letters pass axe, in English and Welsh; the results fit 320 px
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        for (String prefix : List.of("", "cy/")) {
            for (String staffPage : List.of("staff/register?search=1&" + query, "staff/register?search=1&area=nowhere",
                    "staff/register-invite?" + query, "staff/register-invite?sent=" + id, "staff/register-letters?i=" + id,
                    "staff/digest-letters")) {
                browser.resize(1200, 900).open(prefix + staffPage);
                assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as(staffPage).isEmpty();
                browser.assertNoAxeViolations();
            }
        }
        browser.resize(320, 900).open("cy/staff/register?search=1&" + query);
        assertThat(browser.scrollsHorizontally()).as("the results at 320 px").isFalse();
        browser.assertNoAxeViolationsOfLayout();
        browser.screenshot("register-results-cy-320");
        browser.resize(1200, 900);
        assertThat(portal.count("select count(*) from audit_event where action = 'REGISTER_INVITATION_SENT' and detail like ?",
                "topic=HEALTH_AND_WELLBEING, area=" + district + "; 3 found; invitation " + id + ": 2 emailed, 1 to post or phone")).isEqualTo(1);
    }

    @Test
    @DisplayName("The profile keeps when a resident can take part, their consent to be contacted and the digest choice; my data shows them")
    void profileChoices(EmbeddedPortal portal) throws Exception {
        String email = "register-profile-" + System.nanoTime() + "@example.org";
        var client = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        var before = Jsoup.parse(client.get("account/profile").body());
        assertThat(before.getElementById("contactConsent").hasAttr("checked")).as("no consent until given").isFalse();
        assertThat(before.getElementById("keepInformed").hasAttr("checked")).as("the digest is wanted until stopped").isTrue();
        assertThat(portal.queryOne("select contact_consent from resident where email = ?", email)).isIn("0", "false");

        var saved = client.post("account/profile", "involvement=GIVE_VIEWS&topic=HOUSING&contactWay=POST&postalAddress="
                + encode("3 Stryd y Castell\nAbertawe\nsa1 1aa") + "&availability=EVENINGS&availability=WEEKENDS&contactConsent=yes");
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile?saved=true");
        assertThat(portal.queryOne("select concat(contact_consent, keep_informed, postcode_district) from resident where email = ?", email))
                .isEqualTo("10SA1");
        assertThat(portal.queryOne("select group_concat(a.availability order by a.availability) from resident_availability a"
                + " join resident r on r.id = a.resident_id where r.email = ?", email)).isEqualTo("EVENINGS,WEEKENDS");
        var after = Jsoup.parse(client.get("account/profile").body());
        assertThat(after.getElementById("contactConsent").hasAttr("checked")).isTrue();
        assertThat(after.getElementById("keepInformed").hasAttr("checked")).isFalse();
        var data = Jsoup.parse(client.get("account/my-data").body());
        assertThat(data.getElementById("data-availability").text()).isEqualTo("Evenings Weekends");
        assertThat(data.getElementById("data-consent").text()).isEqualTo("Yes");
        assertThat(data.getElementById("data-keep-informed").text()).isEqualTo("No");
        assertThat(client.get("cy/account/profile").body()).contains("Gawn ni gysylltu â chi am gymryd rhan?");
    }

    @Test
    @DisplayName("The changed profile page passes axe in English, Welsh and Urdu, standard, large print and easy read, at 320 px")
    void profileAxe(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "register-axe-" + System.nanoTime() + "@example.org";
        ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        browser.reset(portal.baseUrl());
        browser.open("account/sign-in");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.clickAndWait(By.id("sign-in-password"));
        try {
            for (String prefix : List.of("", "cy/", "ur/")) {
                for (String mode : List.of("?print=standard&read=standard", "?print=large", "?read=easy")) {
                    browser.resize(320, 900).open(prefix + "account/profile" + mode);
                    assertThat(browser.driver().findElement(By.id("contactConsent")).isSelected()).isFalse();
                    assertThat(browser.scrollsHorizontally()).as(prefix + mode).isFalse();
                    browser.assertNoAxeViolations();
                }
            }
            browser.screenshot("register-profile-ur-easy-320");
        } finally {
            browser.open("account/profile?print=standard&read=standard");
        }
    }

    // ---- helpers ----

    private static Document search(StaffSignIns.Client editor, String query) throws Exception {
        var response = editor.get("staff/register?search=1&" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static List<Long> ids(Document page) {
        return page.select("#people > li").eachAttr("id").stream().map(id -> Long.parseLong(id.substring("person-".length()))).toList();
    }

    private static int found(Document page) {
        return Integer.parseInt(page.selectFirst("#found-count").text().replaceAll("\\D+", ""));
    }

    private static long resident(EmbeddedPortal portal, String name, String language, boolean welsh, boolean consent, String level,
                                 String topic, String way, String availability, String need) throws SQLException {
        return residentIn(portal, DISTRICT, name, language, welsh, consent, level, topic, way, availability, need);
    }

    /** A verified resident with a saved profile in the district; the name is the email when it has an "@". */
    static long residentIn(EmbeddedPortal portal, String district, String nameOrEmail, String language, boolean welsh, boolean consent,
                           String level, String topic, String way, String availability, String need) throws SQLException {
        String email = nameOrEmail.contains("@") ? nameOrEmail : "register-" + System.nanoTime() + "@example.org";
        String name = nameOrEmail.contains("@") ? null : nameOrEmail;
        try (var c = portal.connectToDatabase()) {
            var insert = c.prepareStatement("insert into resident (email, password_hash, language, created_at, verified_at, display_name,"
                    + " involvement, postal_address, welsh_correspondence, profile_updated_at, contact_consent, postcode_district)"
                    + " values (?, '!', ?, utc_timestamp(6), utc_timestamp(6), ?, ?, ?, ?, utc_timestamp(6), ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, email);
            insert.setString(2, language);
            insert.setString(3, name);
            insert.setString(4, level);
            insert.setString(5, "1 Heol y Prawf\nCaerdydd\n" + district + " 1AA");
            insert.setBoolean(6, welsh);
            insert.setBoolean(7, consent);
            insert.setString(8, district);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            long id = keys.getLong(1);
            try (var s = c.createStatement()) {
                s.executeUpdate("insert into resident_topic (resident_id, topic) values (" + id + ", '" + topic + "')");
                s.executeUpdate("insert into resident_client_group (resident_id, client_group) values (" + id + ", 'CARERS')");
                s.executeUpdate("insert into resident_contact_way (resident_id, way) values (" + id + ", '" + way + "')");
                if (availability != null) {
                    s.executeUpdate("insert into resident_availability (resident_id, availability) values (" + id + ", '" + availability + "')");
                }
                if (need != null) {
                    s.executeUpdate("insert into resident_communication_need (resident_id, need) values (" + id + ", '" + need + "')");
                }
            }
            return id;
        }
    }
}
