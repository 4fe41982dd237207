package org.involveportal.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

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
 * Staff keep the glossary over plain HTTP: a term added in English and Welsh is on /glossary and /cy/glossary,
 * a published consultation using the word links to it on the next request, and its easy read counts the word
 * as explained; problems come back beside their fields in the staff member's language; only editors get in.
 */
@ExtendWith(PortalExtension.class)
class GlossaryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("A term added in English and Welsh is on both glossary pages, and a consultation using it links to it on the next request")
    void addedTermIsLinked(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        // two consultations whose words use the term, with easy read the check calls jargon: one published before the
        // term exists (its easy read with a reason), and its page kept for visitors; one still a draft
        String published = draft(editor);
        assertThat(publisher.post("staff/consultation-publish?c=" + published, window() + "&easy-read-reason="
                + encode("Domiciliary is explained in the leaflet.")).statusCode()).isEqualTo(302);
        assertThat(page(portal, "consultations/" + published).select("a.term[href$='#domiciliary-care']")).isEmpty();
        String draft = draft(editor);
        assertThat(editor.post("staff/question-edit?c=" + draft, "type=FREE_TEXT&page=1&max-length=500&text-en=Tell+us&hint-en="
                + encode("Think about domiciliary visits.")).statusCode()).isEqualTo(302);
        var advice = Jsoup.parse(editor.get("staff/consultation-edit?c=" + draft).body()).selectFirst("#idea-en-0-advice");
        assertThat(advice.text()).contains("\"domiciliary\" is a hard word");

        var saved = editor.post("staff/glossary-edit", "word-en=" + encode("Domiciliary care") + "&forms-en=" + encode("domiciliary\nhome care")
                + "&meaning-en=" + encode("Help at home with washing, dressing and meals.")
                + "&word-cy=" + encode("Gofal cartref") + "&meaning-cy=" + encode("Help gartref gydag ymolchi, gwisgo a phrydau bwyd."));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/staff/glossary-edit?t=domiciliary-care&saved=true");

        var english = page(portal, "glossary");
        assertThat(english.selectFirst("#domiciliary-care dt").text()).isEqualTo("Domiciliary care");
        assertThat(english.selectFirst("#domiciliary-care").hasAttr("lang")).isFalse();
        var welsh = page(portal, "cy/glossary");
        assertThat(welsh.selectFirst("#domiciliary-care dt").text()).isEqualTo("Gofal cartref");
        assertThat(welsh.selectFirst("#domiciliary-care dd").text()).isEqualTo("Help gartref gydag ymolchi, gwisgo a phrydau bwyd.");
        // a term not written in Urdu is shown in English, marked as English
        assertThat(page(portal, "ur/glossary").selectFirst("#domiciliary-care").attr("lang")).isEqualTo("en-GB");
        // the built-in terms keep their anchors, in the reader's language
        assertThat(welsh.selectFirst("#carer dt").text()).isEqualTo("Gofalwr");

        // the page kept before the term was added is not served again: the word links on the next request
        var linked = page(portal, "consultations/" + published).select("main p.lead a.term[href$='/glossary#domiciliary-care']");
        assertThat(linked).as("the first occurrence in the summary only").hasSize(1);
        assertThat(linked.text()).isEqualTo("Domiciliary care");
        var linkedInWelsh = page(portal, "cy/consultations/" + published).select("main p.lead a.term[href$='/cy/glossary#domiciliary-care']");
        assertThat(linkedInWelsh.eachText()).containsExactly("gofal cartref");

        // the easy-read check now counts the word as explained, pointing to the glossary, and publishing needs no reason
        var explained = Jsoup.parse(editor.get("staff/consultation-edit?c=" + draft).body()).selectFirst("#idea-en-0-advice");
        assertThat(explained.text()).contains("\"domiciliary\" is in the glossary").doesNotContain("hard word");
        assertThat(explained.selectFirst("a").attr("href")).endsWith("/staff/glossary");
        assertThat(Jsoup.parse(publisher.get("staff/consultation-publish?c=" + draft).body()).getElementById("easy-read-advice")).isNull();
        assertThat(publisher.post("staff/consultation-publish?c=" + draft, window()).statusCode()).isEqualTo(302);
        assertThat(page(portal, "consultations/" + draft).select("main .easy-read a.term[href$='/glossary#domiciliary-care']").eachText())
                .containsExactly("Domiciliary");
        // a question's hint links too, in a new tab that says so, so answers not yet sent stay on the page
        var started = Http.postForm(portal.baseUrl() + "consultations/" + draft + "/respond", "");
        String token = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/respond/([A-Za-z0-9_-]{43})/answering-as$", "$1");
        Http.postForm(portal.baseUrl() + "respond/" + token + "/answering-as", "answeringAs=PROFESSIONAL&action=continue");
        var hintLink = page(portal, "respond/" + token + "/questions/1").selectFirst("main .hint a.term[href$='/glossary#domiciliary-care']");
        assertThat(hintLink.text()).isEqualTo("domiciliary (opens in a new tab)");
        assertThat(hintLink.attr("target")).isEqualTo("_blank");

        assertThat(portal.count("select count(*) from audit_event where action = 'GLOSSARY_TERM_ADDED' and subject_id = 'domiciliary-care'"))
                .isEqualTo(1);
        var list = Jsoup.parse(editor.get("staff/glossary").body());
        assertThat(list.selectFirst("#term-domiciliary-care").text()).contains("2 of 9 languages written");

        // removed, the term leaves the glossary and the consultation's links go with it
        assertThat(editor.post("staff/glossary", "action=remove&t=domiciliary-care").statusCode()).isEqualTo(302);
        assertThat(page(portal, "glossary").getElementById("domiciliary-care")).isNull();
        assertThat(page(portal, "consultations/" + published).select("a.term[href$='#domiciliary-care']")).isEmpty();
        assertThat(portal.count("select count(*) from audit_event where action = 'GLOSSARY_TERM_REMOVED' and subject_id = 'domiciliary-care'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("Problems come back beside their fields in the staff member's language, with what was typed kept")
    void problemsBesideFields(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var english = editor.post("staff/glossary-edit", "word-cy=" + encode("Ailalluogi") + "&forms-en=" + encode("reabling"));
        assertThat(english.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(english.body());
        assertThat(page.selectFirst("#word-en-error").text()).contains("Enter the word");
        assertThat(page.selectFirst("#meaning-en-error").text()).contains("Enter what the word means");
        assertThat(page.selectFirst("#meaning-cy-error").text()).contains("Enter what the word means");
        assertThat(page.selectFirst("#word-en").attr("aria-describedby")).contains("word-en-error");
        assertThat(page.selectFirst("#word-cy").val()).isEqualTo("Ailalluogi");
        assertThat(page.selectFirst("#forms-en").text()).isEqualTo("reabling");
        assertThat(page.title()).startsWith("Error: ");

        var welsh = Jsoup.parse(editor.post("cy/staff/glossary-edit", "word-cy=" + encode("Ailalluogi")).body());
        assertThat(welsh.selectFirst("#word-en-error").text()).contains("Rhowch y gair");
        assertThat(welsh.selectFirst("#meaning-cy-error").text()).contains("Rhowch beth mae'r gair yn ei olygu");
        assertThat(portal.count("select count(*) from glossary_term_text where word = 'Ailalluogi'")).isZero();
    }

    @Test
    @DisplayName("Only editors keep the glossary: an analyst is refused its pages and forged posts, a resident is sent to the staff sign-in")
    void editorsOnly(EmbeddedPortal portal) throws Exception {
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        for (String path : new String[] {"staff/glossary", "staff/glossary-edit", "staff/glossary-edit?t=carer", "cy/staff/glossary"}) {
            assertThat(analyst.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(analyst.post("staff/glossary-edit", "word-en=Forged&meaning-en=Forged").statusCode()).isEqualTo(403);
        assertThat(analyst.post("staff/glossary", "action=remove&t=carer").statusCode()).isEqualTo(403);

        var resident = ResidentSignIns.signedUpAndVerified(portal, "glossary-" + System.nanoTime() + "@example.org", "a long resident password 2026");
        var refused = resident.get("staff/glossary");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/staff/sign-in");

        assertThat(portal.count("select count(*) from glossary_term_text where word = 'Forged'")).isZero();
        assertThat(page(portal, "glossary").getElementById("carer")).isNotNull();
        assertThat(StaffSignIns.signedIn(portal, "editor@example.gov.uk").get("cy/staff/glossary").statusCode()).isEqualTo(200);
    }

    /** A draft consultation using the word in English and Welsh, with one easy-read idea using it. */
    private static String draft(StaffSignIns.Client editor) throws Exception {
        var created = editor.post("staff/consultation-edit", "title-en=" + encode("Help at home " + System.nanoTime())
                + "&summary-en=" + encode("Domiciliary care helps you at home. Domiciliary care is changing.")
                + "&title-cy=" + encode("Help gartref") + "&summary-cy=" + encode("Mae gofal cartref yn eich helpu chi.")
                + "&ideas-en=1&idea-en-0-text=" + encode("Domiciliary help comes to your home.")
                + "&idea-en-0-picture=people&idea-en-0-alt=Two+people");
        assertThat(created.statusCode()).isEqualTo(302);
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
    }

    /** Twelve weeks from today. */
    private static String window() {
        LocalDate last = TODAY.plusWeeks(12);
        return "opens-day=" + TODAY.getDayOfMonth() + "&opens-month=" + TODAY.getMonthValue() + "&opens-year=" + TODAY.getYear()
                + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear();
    }

    private static Document page(EmbeddedPortal portal, String path) throws Exception {
        var response = Http.get(portal.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
