package org.involveportal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.involveportal.response.ResponseTallies;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Analysis with known responses: every count, percentage and theme count on the page and in both
 * exports, the answering-as filter, search and paging, suppression of small equality counts,
 * neutralised formulas, and who may see and do what.
 */
@ExtendWith(PortalExtension.class)
class AnalysisIT {

    /** The seeded consultation: its slug and the ids of its questions and responses. */
    record Seeded(String slug, long id, List<Long> questions, List<Long> responses) {
    }

    @Test
    @DisplayName("An analyst sees every figure exactly, filters by answering-as, codes answers into themes, sets the baseline and exports the same figures")
    void analystJourney(Browser browser, EmbeddedPortal portal) throws Exception {
        Seeded seeded = seed(portal);
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "analyst@example.gov.uk");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("menu-analysis"));
        browser.assertNoAxeViolations();
        var listRow = browser.driver().findElement(By.xpath("//table[@id='consultations']//tr[td/a[contains(@href, 'c="
                + seeded.slug() + "')]]"));
        assertThat(listRow.findElements(By.tagName("td")).get(2).getText()).isEqualTo("58");
        browser.clickAndWait(By.cssSelector("#consultations a[href$='c=" + seeded.slug() + "']"));

        // everyone
        assertThat(text(browser, "total")).isEqualTo("58 responses");
        assertThat(rows(browser, "weeks")).containsExactly("4 January 2027 | 3 | 5.2%", "11 January 2027 | 3 | 5.2%",
                "18 January 2027 | 52 | 89.7%");
        assertThat(rows(browser, "channels")).containsExactly("Online | 55 | 94.8%", "Paper form | 1 | 1.7%",
                "Phone | 1 | 1.7%", "At an event | 1 | 1.7%", "With support from staff | 0 | 0.0%");
        assertThat(rows(browser, "answering-as")).containsExactly("Someone who uses care services | 55 | 94.8%",
                "A carer | 2 | 3.4%", "On behalf of someone else | 0 | 0.0%", "For an organisation | 1 | 1.7%",
                "A professional working in care | 0 | 0.0%", "Other | 0 | 0.0%");
        assertThat(text(browser, "question-1-answered")).startsWith("6 people answered this question.");
        assertThat(rows(browser, "question-1")).containsExactly("Agree | 3 | 50.0%", "Not sure | 2 | 33.3%", "Disagree | 1 | 16.7%");
        assertThat(text(browser, "question-2-answered")).startsWith("5 people answered this question.");
        assertThat(rows(browser, "question-2")).containsExactly("Respite | 3 | 60.0%", "Transport | 2 | 40.0%", "Day centres | 2 | 40.0%");
        assertThat(rows(browser, "question-3")).containsExactly("1 | 0 | 0.0%", "2 | 1 | 20.0%", "3 | 1 | 20.0%",
                "4 | 2 | 40.0%", "5 | 1 | 20.0%");
        assertThat(rows(browser, "question-4")).containsExactly("Money | 4 | 66.7%", "Time | 1 | 16.7%", "Staff | 1 | 16.7%");
        assertThat(text(browser, "question-5-answered")).startsWith("57 people answered this question.");
        assertThat(text(browser, "percent-note")).contains("of the people who answered the question");
        // reach before a baseline: small numbers suppressed, a lone one protected by hiding the next smallest
        assertThat(text(browser, "reach-total")).isEqualTo("People who answered the questions about themselves: 12");
        assertThat(rows(browser, "reach-sex", 4)).containsExactly("Female | 7 | 58.3% | ", "Male | fewer than 5 |  | ",
                "Prefer not to say | fewer than 5 |  | ");
        assertThat(rows(browser, "reach-ethnicGroup", 4)).containsExactly(
                "Asian, Asian Welsh or Asian British | fewer than 5 |  | ",
                "Black, Black Welsh, Black British, Caribbean or African | 0 | 0.0% | ",
                "Mixed or multiple ethnic groups | 0 | 0.0% | ", "White | hidden |  | ", "Other ethnic group | 0 | 0.0% | ",
                "Prefer not to say | 0 | 0.0% | ");
        assertThat(rows(browser, "reach-carer", 4)).containsExactly("Yes | 5 | 41.7% | ", "No | 6 | 50.0% | ",
                "Prefer not to say | 0 | 0.0% | ");
        assertThat(browser.driver().findElements(By.cssSelector("svg.bar"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("table caption"))).allMatch(c -> !c.getText().isBlank()
                || c.getAttribute("class").contains("visually-hidden"));
        browser.assertNoAxeViolations();

        // filtered by answering-as: every figure follows
        new Select(browser.driver().findElement(By.id("as"))).selectByValue("CARER");
        browser.clickAndWait(By.id("apply-filter"));
        assertThat(text(browser, "total")).isEqualTo("2 responses");
        assertThat(rows(browser, "weeks")).containsExactly("4 January 2027 | 2 | 100.0%");
        assertThat(rows(browser, "channels")).containsExactly("Online | 1 | 50.0%", "Paper form | 1 | 50.0%",
                "Phone | 0 | 0.0%", "At an event | 0 | 0.0%", "With support from staff | 0 | 0.0%");
        assertThat(rows(browser, "question-1")).containsExactly("Agree | 2 | 100.0%", "Not sure | 0 | 0.0%", "Disagree | 0 | 0.0%");
        assertThat(rows(browser, "question-2")).containsExactly("Respite | 2 | 100.0%", "Transport | 1 | 50.0%", "Day centres | 0 | 0.0%");
        assertThat(rows(browser, "question-3")).containsExactly("1 | 0 | 0.0%", "2 | 0 | 0.0%", "3 | 0 | 0.0%",
                "4 | 1 | 50.0%", "5 | 1 | 50.0%");
        assertThat(rows(browser, "question-4")).containsExactly("Money | 1 | 50.0%", "Time | 1 | 50.0%", "Staff | 0 | 0.0%");
        assertThat(text(browser, "question-5-answered")).startsWith("2 people answered this question.");
        assertThat(text(browser, "filter-notice")).contains("A carer");
        browser.assertNoAxeViolations();

        // free-text answers: filter kept, then everyone; paging 25 a page
        browser.clickAndWait(By.id("answers-5"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 1–2 of 2");
        browser.assertNoAxeViolations();
        new Select(browser.driver().findElement(By.id("as"))).selectByValue("");
        browser.clickAndWait(By.id("apply-search"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 1–25 of 57");
        assertThat(text(browser, "page-of")).isEqualTo("Page 1 of 3");
        assertThat(answerTexts(browser).subList(0, 6)).containsExactly("=SUM(A1:A2) more respite please",
                "+44 phone me about respite", "-transport is poor", "@home care is good 100%", "Tabbed answer with 100 things",
                "Filler answer 1");
        browser.clickAndWait(By.id("next-page"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 26–50 of 57");
        assertThat(answerTexts(browser).get(0)).isEqualTo("Filler answer 21");
        browser.clickAndWait(By.id("next-page"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 51–57 of 57");
        assertThat(text(browser, "page-of")).isEqualTo("Page 3 of 3");
        assertThat(browser.driver().findElements(By.id("next-page"))).isEmpty();
        browser.clickAndWait(By.id("previous-page"));
        assertThat(text(browser, "page-of")).isEqualTo("Page 2 of 3");

        // themes: a name is needed; then two themes and coding
        browser.clickAndWait(By.id("add-theme"));
        assertThat(text(browser, "theme-error")).contains("Enter the name of the theme");
        browser.assertNoAxeViolations();
        type(browser, "theme", "Respite");
        browser.clickAndWait(By.id("add-theme"));
        type(browser, "theme", "Transport");
        browser.clickAndWait(By.id("add-theme"));
        type(browser, "theme", "Respite");
        browser.clickAndWait(By.id("add-theme"));
        assertThat(text(browser, "theme-error")).contains("already has a theme with that name");
        browser.open("/staff/analysis-answers?c=" + seeded.slug() + "&q=" + seeded.questions().get(4));
        long respite = themeId(portal, seeded.questions().get(4), "Respite");
        long transport = themeId(portal, seeded.questions().get(4), "Transport");
        check(browser, seeded.responses().get(0), respite);
        check(browser, seeded.responses().get(1), respite);
        check(browser, seeded.responses().get(2), respite);
        check(browser, seeded.responses().get(2), transport);
        browser.clickAndWait(By.id("save-coding"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Themes saved.");
        assertThat(browser.driver().findElement(By.id("t-" + seeded.responses().get(2) + "-" + transport)).isSelected()).isTrue();
        assertThat(rows(browser, "themes", 2)).containsExactly("Respite | 3", "Transport | 1");
        browser.assertNoAxeViolations();
        // unticking on a later save removes a theme
        browser.driver().findElement(By.cssSelector("label[for='t-" + seeded.responses().get(2) + "-" + respite + "']")).click();
        browser.clickAndWait(By.id("save-coding"));
        assertThat(rows(browser, "themes", 2)).containsExactly("Respite | 2", "Transport | 1");
        check(browser, seeded.responses().get(2), respite);
        browser.clickAndWait(By.id("save-coding"));

        // search, with LIKE wildcards taken literally and case ignored
        type(browser, "search", "RESPITE");
        browser.clickAndWait(By.id("apply-search"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 1–2 of 2");
        assertThat(answerTexts(browser)).containsExactly("=SUM(A1:A2) more respite please", "+44 phone me about respite");
        type(browser, "search", "100%");
        browser.clickAndWait(By.id("apply-search"));
        assertThat(answerTexts(browser)).containsExactly("@home care is good 100%");
        type(browser, "search", "_");
        browser.clickAndWait(By.id("apply-search"));
        assertThat(text(browser, "showing")).isEqualTo("Answers 0–0 of 0");
        browser.assertNoAxeViolations();

        // theme counts on the analysis page, with and without the filter
        browser.open("/staff/analysis-consultation?c=" + seeded.slug());
        assertThat(rows(browser, "themes-5")).containsExactly("Respite | 3 | 5.3%", "Transport | 1 | 1.8%");
        browser.open("/staff/analysis-consultation?c=" + seeded.slug() + "&as=CARER");
        assertThat(rows(browser, "themes-5")).containsExactly("Respite | 2 | 100.0%", "Transport | 0 | 0.0%");

        // the population baseline: checked, then shown beside the reach figures
        browser.open("/staff/reach-baseline");
        browser.assertNoAxeViolations();
        type(browser, "source", "Census 2021");
        type(browser, "b-sex-FEMALE", "51.2");
        type(browser, "b-sex-MALE", "abc");
        type(browser, "b-ethnicGroup-WHITE", "94.5");
        browser.clickAndWait(By.id("save-baseline"));
        assertThat(text(browser, "b-sex-MALE-error")).contains("Enter a percentage from 0 to 100");
        assertThat(browser.driver().findElement(By.id("b-sex-FEMALE")).getAttribute("value")).isEqualTo("51.2");
        browser.assertNoAxeViolations();
        type(browser, "b-sex-MALE", "48.8");
        browser.clickAndWait(By.id("save-baseline"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Population baseline saved.");
        browser.open("/staff/analysis-consultation?c=" + seeded.slug());
        assertThat(text(browser, "reach-source")).startsWith("Population baseline: Census 2021");
        assertThat(rows(browser, "reach-sex", 4)).containsExactly("Female | 7 | 58.3% | 51.2%", "Male | fewer than 5 |  | 48.8%",
                "Prefer not to say | fewer than 5 |  | ");
        assertThat(rows(browser, "reach-ethnicGroup", 4)).contains("White | hidden |  | 94.5%");
        browser.assertNoAxeViolations();

        // exports: the same figures, suppression and neutralised text; each download audited
        var session = browser.driver().manage().getCookieNamed("INVOLVE_SESSION").getValue();
        String figures = csv(portal, session, "c=" + seeded.slug() + "&what=figures&format=csv");
        var expectedFigures = List.of(
                "Answering as,,Everyone,,,",
                "Responses,,All responses,58,,",
                "Responses by channel,,Online,55,94.8%,",
                "Responses by channel,,With support from staff,0,0.0%,",
                "Responses by who people answered as,,A carer,2,3.4%,",
                "Responses by week,,18 January 2027,52,89.7%,",
                "Question 1,Do you agree with the plan?,Answered the question,6,,",
                "Question 1,Do you agree with the plan?,Agree,3,50.0%,",
                "Question 1,Do you agree with the plan?,Not sure,2,33.3%,",
                "Question 1,Do you agree with the plan?,Disagree,1,16.7%,",
                "Question 2,What matters most?,Respite,3,60.0%,",
                "Question 2,What matters most?,Day centres,2,40.0%,",
                "Question 3,How good is care today?,4,2,40.0%,",
                "Question 4,Rank what we should spend on,Money,4,66.7%,",
                "Question 5,Anything else?,Answered the question,57,,",
                "Question 5,Anything else?,Theme: Respite,3,5.3%,",
                "Question 5,Anything else?,Theme: Transport,1,1.8%,",
                "Reach,,People who answered the questions about themselves,12,,Census 2021",
                "Reach,What is your sex?,Female,7,58.3%,51.2%",
                "Reach,What is your sex?,Male,fewer than 5,,48.8%",
                "Reach,What is your sex?,Prefer not to say,fewer than 5,,",
                "Reach,What is your ethnic group?,\"Asian, Asian Welsh or Asian British\",fewer than 5,,",
                "Reach,What is your ethnic group?,White,hidden,,94.5%",
                "Reach,What is your ethnic group?,Mixed or multiple ethnic groups,0,0.0%,");
        assertThat(figures).startsWith("\uFEFFSection,Question,Answer,Count,Percentage,Baseline\r\n");
        assertThat(figures.lines().toList()).containsAll(expectedFigures);
        assertThat(figures).doesNotContain(",3,25.0%").doesNotContain("Male,3").doesNotContain("White,8");

        var figuresXlsx = xlsxRows(portal, session, "c=" + seeded.slug() + "&what=figures&format=xlsx");
        assertThat(figuresXlsx.get(0)).isEqualTo("Section|Question|Answer|Count|Percentage|Baseline");
        assertThat(figuresXlsx).contains("Responses||All responses|58||", "Question 1|Do you agree with the plan?|Agree|3|50.0%|",
                "Question 5|Anything else?|Theme: Respite|3|5.3%|", "Reach|What is your sex?|Male|fewer than 5||48.8%",
                "Reach|What is your ethnic group?|White|hidden||94.5%", "Reach|What is your sex?|Female|7|58.3%|51.2%");

        String carerFigures = csv(portal, session, "c=" + seeded.slug() + "&what=figures&format=csv&as=CARER");
        assertThat(carerFigures.lines().toList()).contains("Answering as,,A carer,,,", "Responses,,All responses,2,,",
                "Question 1,Do you agree with the plan?,Agree,2,100.0%,", "Question 5,Anything else?,Theme: Respite,2,100.0%,",
                "Reach,What is your sex?,Male,fewer than 5,,48.8%");

        String answers = csv(portal, session, "c=" + seeded.slug() + "&what=answers&format=csv");
        assertThat(answers.lines().toList()).contains(
                "Question 5,Anything else?,'=SUM(A1:A2) more respite please,Respite",
                "Question 5,Anything else?,'+44 phone me about respite,Respite",
                "Question 5,Anything else?,'-transport is poor,Respite; Transport",
                "Question 5,Anything else?,'@home care is good 100%,",
                "Question 5,Anything else?,'\tTabbed answer with 100 things,");
        assertThat(answers.lines().count()).isEqualTo(58); // heading and 57 answers
        var answersXlsx = xlsxRows(portal, session, "c=" + seeded.slug() + "&what=answers&format=xlsx&as=CARER");
        assertThat(answersXlsx).containsExactly("Section|Question|Answer|Themes",
                "Question 5|Anything else?|'=SUM(A1:A2) more respite please|Respite",
                "Question 5|Anything else?|'+44 phone me about respite|Respite");

        try (var connection = portal.connectToDatabase();
             var found = connection.createStatement().executeQuery("select detail from audit_event where action = 'RESPONSES_EXPORTED'"
                     + " and subject_id = '" + seeded.slug() + "' and actor_email = 'analyst@example.gov.uk' order by id")) {
            var details = new ArrayList<String>();
            while (found.next()) {
                details.add(found.getString(1));
            }
            assertThat(details).containsExactly("figures as csv", "figures as xlsx", "figures as csv, answering as CARER",
                    "answers as csv", "answers as xlsx, answering as CARER");
        }
    }

    @Test
    @DisplayName("Analysis is for analysts and publishers; only analysts code; editors and anonymous visitors are refused, forged posts too")
    void access(EmbeddedPortal portal) throws Exception {
        Seeded seeded = seed(portal);
        String page = "staff/analysis-consultation?c=" + seeded.slug();
        String answers = "staff/analysis-answers?c=" + seeded.slug() + "&q=" + seeded.questions().get(4);
        String export = "staff/analysis-export?c=" + seeded.slug() + "&what=answers&format=csv";
        for (String path : List.of("staff/analysis", page, answers, export, "staff/reach-baseline")) {
            var response = Http.get(portal.baseUrl() + path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/staff/sign-in");
        }
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        for (String path : List.of("staff/analysis", page, answers, export, "staff/reach-baseline")) {
            assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(editor.post(answers, "action=theme&theme=Forged").statusCode()).isEqualTo(403);
        assertThat(editor.post("staff/reach-baseline", "source=Forged&b-sex-FEMALE=1").statusCode()).isEqualTo(403);
        assertThat(editor.get("staff/").body()).doesNotContain("menu-analysis");

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        assertThat(publisher.get("staff/").body()).contains("menu-analysis");
        var shown = publisher.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("58 responses");
        assertThat(publisher.get(answers).body()).contains("of 57", "Page 1 of 3", "Filler answer 20").doesNotContain("Filler answer 21")
                .doesNotContain("add-theme");
        assertThat(publisher.get(export).statusCode()).isEqualTo(200);
        // a publisher reads but does not code, whatever a forged post says
        assertThat(publisher.post(answers, "action=theme&theme=Forged").statusCode()).isEqualTo(403);
        assertThat(publisher.post(answers, "action=code&shown=" + seeded.responses().get(0)).statusCode()).isEqualTo(403);
        assertThat(publisher.get("staff/reach-baseline").statusCode()).isEqualTo(403);
        assertThat(publisher.post("staff/reach-baseline", "source=Forged&b-sex-FEMALE=1").statusCode()).isEqualTo(403);
        try (var connection = portal.connectToDatabase();
             var found = connection.createStatement().executeQuery("select count(*) from analysis_theme where name = 'Forged'")) {
            found.next();
            assertThat(found.getLong(1)).isZero();
        }
        // something not published, or not a free-text question, is not found
        assertThat(publisher.get("staff/analysis-consultation?c=no-such-consultation").statusCode()).isEqualTo(404);
        assertThat(publisher.get("staff/analysis-answers?c=" + seeded.slug() + "&q=" + seeded.questions().get(0)).statusCode())
                .isEqualTo(404);
        assertThat(publisher.get("staff/analysis-export?c=" + seeded.slug() + "&what=everything&format=csv").statusCode())
                .isEqualTo(404);
    }

    // ---- seeding: 58 responses, 12 equality answers ----

    private static Seeded seed(EmbeddedPortal portal) throws Exception {
        String slug = "analysis-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = portal.connectToDatabase()) {
            long id = insert(connection, "insert into consultation (slug, opens_at, closes_at, published_at)"
                    + " values ('" + slug + "', '2027-01-01 09:00:00', '2027-03-31 23:00:00', '2026-12-20 09:00:00')");
            exec(connection, "insert into consultation_text (consultation_id, language, title, summary) values (" + id
                    + ", 'en', 'Respite care review " + slug + "', 'Added by a test.')");
            var questions = new ArrayList<Long>();
            questions.add(question(connection, id, 1, "SINGLE_CHOICE", "Do you agree with the plan?", null, "Agree", "Not sure", "Disagree"));
            questions.add(question(connection, id, 2, "MULTIPLE_CHOICE", "What matters most?", null, "Respite", "Transport", "Day centres"));
            questions.add(question(connection, id, 3, "RATING", "How good is care today?", 5));
            questions.add(question(connection, id, 4, "RANKING", "Rank what we should spend on", null, "Money", "Time", "Staff"));
            questions.add(question(connection, id, 5, "FREE_TEXT", "Anything else?", null));
            var responses = new ArrayList<Long>();
            // as, channel, day, q1, q2 options, q3 rating, option ranked first (q4), q5 text
            responses.add(response(connection, id, questions, "CARER", "ONLINE", "2027-01-04", 1, new int[] {1, 2}, 5, 1,
                    "=SUM(A1:A2) more respite please"));
            responses.add(response(connection, id, questions, "CARER", "PAPER", "2027-01-05", 1, new int[] {1}, 4, 2,
                    "+44 phone me about respite"));
            responses.add(response(connection, id, questions, "SERVICE_USER", "ONLINE", "2027-01-06", 2, new int[] {3}, 4, 1,
                    "-transport is poor"));
            responses.add(response(connection, id, questions, "SERVICE_USER", "ONLINE", "2027-01-11", 3, new int[] {1, 3}, 3, 1,
                    "@home care is good 100%"));
            responses.add(response(connection, id, questions, "SERVICE_USER", "PHONE", "2027-01-12", 1, new int[] {}, 2, 3, null));
            responses.add(response(connection, id, questions, "ORGANISATION", "EVENT", "2027-01-13", 2, new int[] {2}, 0, 1,
                    "\tTabbed answer with 100 things"));
            for (int n = 1; n <= 52; n++) {
                responses.add(response(connection, id, questions, "SERVICE_USER", "ONLINE",
                        "2027-01-18 10:" + String.format("%02d", n), 0, new int[] {}, 0, 0, "Filler answer " + n));
            }
            // responses written by SQL are counted as the migration counts them
            for (String sql : ResponseTallies.rebuild(id)) {
                exec(connection, sql);
            }
            // about you: 12 people; sex 7/3/2, ethnic group 8 white and 1 Asian (3 skipped), carer 5/6 (1 skipped)
            for (int i = 0; i < 12; i++) {
                String sex = i < 7 ? "'FEMALE'" : i < 10 ? "'MALE'" : "'PREFER_NOT_TO_SAY'";
                String ethnic = i < 8 ? "'WHITE'" : i < 9 ? "'ASIAN'" : "null";
                String carer = i < 5 ? "'YES'" : i < 11 ? "'NO'" : "null";
                exec(connection, "insert into equality_answers (id, consultation_id, sex, ethnic_group, carer) values ('"
                        + UUID.randomUUID() + "', " + id + ", " + sex + ", " + ethnic + ", " + carer + ")");
            }
            return new Seeded(slug, id, questions, responses);
        }
    }

    private static long question(Connection connection, long consultationId, int position, String type, String text,
                                 Integer scale, String... options) throws Exception {
        long id = insert(connection, "insert into question (consultation_id, position, page, type, required, max_length, scale_max)"
                + " values (" + consultationId + ", " + position + ", 1, '" + type + "', false, "
                + ("FREE_TEXT".equals(type) ? "1200" : "null") + ", " + scale + ")");
        exec(connection, "insert into question_text (question_id, language, text) values (" + id + ", 'en', '" + text + "')");
        for (int n = 1; n <= options.length; n++) {
            exec(connection, "insert into question_option (question_id, number, language, label) values (" + id + ", " + n
                    + ", 'en', '" + options[n - 1] + "')");
        }
        return id;
    }

    private static long response(Connection connection, long consultationId, List<Long> questions, String as, String channel,
                                 String day, int choice, int[] many, int rating, int rankedFirst, String text) throws Exception {
        String at = day.length() == 10 ? day + " 12:00:00" : day + ":00";
        long id = insert(connection, "insert into response (consultation_id, reference, channel, answering_as, language, submitted_at,"
                + " contact_way) values (" + consultationId + ", 'AN-" + UUID.randomUUID().toString().substring(0, 12) + "', '"
                + channel + "', '" + as + "', 'en', '" + LocalDateTime.parse(at.replace(' ', 'T')) + "', 'NONE')");
        if (choice > 0) {
            exec(connection, answer(id, questions.get(0), 0, choice, null, null));
        }
        for (int i = 0; i < many.length; i++) {
            exec(connection, answer(id, questions.get(1), i, many[i], null, null));
        }
        if (rating > 0) {
            exec(connection, answer(id, questions.get(2), 0, null, rating, null));
        }
        if (rankedFirst > 0) {
            // ranking rows: option number with its rank; the option ranked first has rank 1
            int[] ranks = rankedFirst == 1 ? new int[] {1, 2, 3} : rankedFirst == 2 ? new int[] {2, 1, 3} : new int[] {2, 3, 1};
            for (int option = 1; option <= 3; option++) {
                exec(connection, answer(id, questions.get(3), option - 1, option, ranks[option - 1], null));
            }
        }
        if (text != null) {
            try (var statement = connection.prepareStatement("insert into response_answer (response_id, question_id, position,"
                    + " text_value) values (?, ?, 0, ?)")) {
                statement.setLong(1, id);
                statement.setLong(2, questions.get(4));
                statement.setString(3, text);
                statement.executeUpdate();
            }
        }
        return id;
    }

    private static String answer(long responseId, long questionId, int position, Integer option, Integer number, String text) {
        return "insert into response_answer (response_id, question_id, position, option_number, number_value) values ("
                + responseId + ", " + questionId + ", " + position + ", " + option + ", " + number + ")";
    }

    private static long insert(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    // ---- reading pages and downloads ----

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().trim();
    }

    private static void type(Browser browser, String id, String value) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void check(Browser browser, long responseId, long themeId) {
        browser.driver().findElement(By.cssSelector("label[for='t-" + responseId + "-" + themeId + "']")).click();
    }

    private static List<String> rows(Browser browser, String tableId) {
        return rows(browser, tableId, 3);
    }

    /** Each body row's first cells (the row heading, then data cells) joined by " | ". */
    private static List<String> rows(Browser browser, String tableId, int cells) {
        var result = new ArrayList<String>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            var values = row.findElements(By.cssSelector("th, td")).stream().limit(cells).map(c -> c.getText().trim()).toList();
            result.add(String.join(" | ", values));
        }
        return result;
    }

    private static List<String> answerTexts(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".answer-list__text")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static long themeId(EmbeddedPortal portal, long questionId, String name) throws Exception {
        try (var connection = portal.connectToDatabase();
             var found = connection.createStatement().executeQuery("select id from analysis_theme where question_id = "
                     + questionId + " and name = '" + name + "'")) {
            found.next();
            return found.getLong(1);
        }
    }

    private static byte[] download(EmbeddedPortal portal, String session, String query) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl() + "staff/analysis-export?" + query))
                .header("Cookie", "INVOLVE_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        return response.body();
    }

    private static String csv(EmbeddedPortal portal, String session, String query) throws Exception {
        byte[] body = download(portal, session, query);
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<String> xlsxRows(EmbeddedPortal portal, String session, String query) throws Exception {
        byte[] body = download(portal, session, query);
        var rows = new ArrayList<String>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            for (var row : workbook.getFirstSheet().read()) {
                var cells = new ArrayList<String>();
                int width = Math.max(row.getCellCount(), rows.isEmpty() ? 0 : rows.get(0).split("\\|", -1).length);
                for (int i = 0; i < width; i++) {
                    Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
                    cells.add(cell == null ? "" : cell.getText());
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
