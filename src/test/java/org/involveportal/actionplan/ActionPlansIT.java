package org.involveportal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Action plans over plain HTTP: who may write, publish and update them (forged posts from other roles are refused and
 * change nothing), a CSV import that shows each bad row and imports nothing, CSV and XLSX exports that import back to
 * the same plan, following and unfollowing, and exactly one email per follower per update, in their language.
 */
@ExtendWith(PortalExtension.class)
class ActionPlansIT {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    private static final String PASSWORD = "a long resident password 2026";
    private static final String SHEET = """
            Theme,Action,Lead,Timescale,Progress,RAG,Outcome
            Safeguarding vulnerable adults,"Review the arrangements for adult protection work, with partners",Head of Safeguarding,2027-03-31,"Review started; ""two"" agencies yet to reply",Amber,Cross-agency arrangements are more effective
            Safeguarding vulnerable adults,Introduce a standard invitation list for strategy meetings,Head of Safeguarding,2026 Q3,Issued and in use.,Done,Every agency is invited
            Carers,=Promote carers' rights across partners,Carers Lead,2027 Q2,,Green,
            """;

    @Test
    @DisplayName("Editors write plans and actions, publishers publish them and their updates; forged posts from other roles are 403 and change nothing")
    void rolesAndForgedPosts(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        String plans = "select count(*) from action_plan";
        int before = portal.count(plans);

        assertThat(analyst.get("staff/action-plans").statusCode()).as("an analyst has no action plans").isIn(403, 404);
        assertThat(analyst.post("staff/action-plans", newPlan("Analyst's plan")).statusCode()).isIn(403, 404);
        assertThat(publisher.post("staff/action-plans", newPlan("Publisher's plan")).statusCode()).as("publishers do not write plans").isEqualTo(403);
        assertThat(portal.count(plans)).isEqualTo(before);
        assertThat(Jsoup.parse(publisher.get("staff/action-plans").body()).getElementById("create-plan")).as("nor are offered to").isNull();

        String slug = created(editor, "Roles plan " + System.nanoTime());
        String page = "staff/action-plan?p=" + slug;
        assertThat(editor.post(page, "form=publish&publish=yes").statusCode()).as("editors do not publish").isEqualTo(403);
        assertThat(portal.count("select count(*) from action_plan where slug = ? and published", slug)).isZero();
        assertThat(publisher.post(page, "form=action&" + action("Publisher's action")).statusCode()).isEqualTo(403);
        assertThat(publisher.post(page, "form=import&csv=" + encode(SHEET)).statusCode()).isEqualTo(403);
        assertThat(publisher.post(page, "form=texts&title-en=Changed&summary-en=Changed").statusCode()).isEqualTo(403);
        assertThat(portal.count("select count(*) from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ?", slug)).isZero();

        assertThat(editor.post(page, "form=action&" + action("Editor's action")).statusCode()).isEqualTo(302);
        String actionId = portal.queryOne("select a.id from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ?", slug);
        String actionPage = "staff/plan-action?a=" + actionId;
        assertThat(editor.post(actionPage, "form=update&words=Forged&rag=DONE&day=" + TODAY).statusCode())
                .as("editors do not publish updates").isEqualTo(403);
        assertThat(analyst.post(actionPage, "form=update&words=Forged&rag=DONE").statusCode()).isIn(403, 404);
        assertThat(publisher.post(actionPage, "form=action&" + action("Publisher's change")).statusCode()).isEqualTo(403);
        assertThat(portal.count("select count(*) from action_update where action_id = ?", actionId)).isZero();
        assertThat(portal.queryOne("select what from plan_action where id = ?", actionId)).isEqualTo("Editor's action");
        assertThat(Http.get(portal.baseUrl() + "staff/action-plan-export?format=csv&p=" + slug).statusCode())
                .as("no export without signing in").isNotEqualTo(200);

        // controls: the right role's same posts do change things, and each is audited
        assertThat(publisher.post(page, "form=publish&publish=yes").statusCode()).isEqualTo(302);
        assertThat(portal.count("select count(*) from action_plan where slug = ? and published", slug)).isEqualTo(1);
        // a problem comes back beside its field, with what was typed
        var future = publisher.post(actionPage, "form=update&words=" + encode("Too soon") + "&rag=GREEN&day=2999-01-01");
        assertThat(future.statusCode()).isEqualTo(200);
        var refused = Jsoup.parse(future.body());
        assertThat(refused.getElementById("day-error").text()).contains("cannot be in the future");
        assertThat(refused.getElementById("words").text()).isEqualTo("Too soon");
        assertThat(publisher.post(actionPage, "form=update&words=Started&rag=GREEN&day=" + TODAY).statusCode())
                .isEqualTo(302);
        assertThat(portal.queryOne("select rag from plan_action where id = ?", actionId)).isEqualTo("GREEN");
        for (String audited : List.of("ACTION_PLAN_CREATED", "PLAN_ACTION_ADDED", "ACTION_PLAN_PUBLISHED", "ACTION_UPDATE_PUBLISHED")) {
            assertThat(portal.count("select count(*) from audit_event where action = ? and subject_id = ?", audited, slug)).as(audited).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("An import with a bad row names each problem by row and imports nothing; CSV and XLSX exports import back to the same plan")
    void importAndExport(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String slug = created(editor, "Import plan " + System.nanoTime());
        String page = "staff/action-plan?p=" + slug;
        String actions = "select count(*) from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ?";

        String bad = SHEET + "Carers,,Carers Lead,someday,,Purple,\n";
        var refused = editor.post(page, "form=import&csv=" + encode(bad));
        assertThat(refused.statusCode()).isEqualTo(200);
        var problems = Jsoup.parse(refused.body());
        assertThat(problems.getElementById("import-problems").text()).contains("Nothing was imported",
                "Row 5, Action: this is empty.", "Row 5, Timescale: not a date", "Row 5, RAG: not Red, Amber, Green or Done.");
        assertThat(problems.getElementById("csv").text()).as("what was pasted comes back").contains("someday");
        assertThat(portal.count(actions, slug)).isZero();

        var imported = editor.post(page, "form=import&csv=" + encode(SHEET));
        assertThat(imported.headers().firstValue("Location").orElseThrow()).endsWith("&saved=imported&count=3");
        assertThat(portal.count(actions, slug)).isEqualTo(3);
        assertThat(portal.count("select count(*) from action_plan_theme t join action_plan p on p.id = t.plan_id where p.slug = ?", slug))
                .isEqualTo(2);
        assertThat(portal.count("select count(*) from action_update u join plan_action a on a.id = u.action_id"
                + " join action_plan p on p.id = a.plan_id where p.slug = ?", slug)).as("progress becomes a first update").isEqualTo(2);

        String csv = editor.get("staff/action-plan-export?format=csv&p=" + slug).body();
        assertThat(csv).startsWith("\uFEFFTheme,Action,Lead,Timescale,Progress,RAG,Outcome\r\n");
        assertThat(csv).contains("\"Review the arrangements for adult protection work, with partners\"", "2026 Q3", ",Done,", "'=Promote");
        assertThat(rows(csv)).containsExactlyElementsOf(rows(SHEET.replace("=Promote", "'=Promote")));

        // the export imports into another plan, and that plan exports the same
        String copy = created(editor, "Import plan copy " + System.nanoTime());
        assertThat(editor.post("staff/action-plan?p=" + copy, "form=import&csv=" + encode(csv)).statusCode()).isEqualTo(302);
        assertThat(editor.get("staff/action-plan-export?format=csv&p=" + copy).body()).isEqualTo(csv);
        assertThat(portal.queryOne("select what from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ? and a.what like '%carers%'",
                copy)).as("the apostrophe an export adds is taken off again").isEqualTo("=Promote carers' rights across partners");

        var xlsx = download(editor, portal, "staff/action-plan-export?format=xlsx&p=" + slug);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
        var cells = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (var row : workbook.getFirstSheet().read()) {
                var line = new ArrayList<String>();
                for (int c = 0; c < 7; c++) {
                    line.add(row.getCellCount() > c && row.getCell(c) != null ? row.getCellText(c) : "");
                }
                cells.add(line);
            }
        }
        assertThat(PlanSheet.read(cells).ok()).isTrue();
        assertThat(cells.stream().map(line -> String.join("|", line)).toList())
                .containsExactlyElementsOf(PlanSheet.parseCsv(csv.substring(1)).stream().map(line -> String.join("|", line)).toList());
        assertThat(portal.count("select count(*) from audit_event where action = 'ACTION_PLAN_EXPORTED' and subject_id = ?", slug)).isEqualTo(2);
        // the XLSX uploaded to a third plan imports the same actions; a bad file imports nothing and shows each row's problem
        String third = created(editor, "Import plan upload " + System.nanoTime());
        var uploaded = upload(editor, portal, third, "plan.xlsx", xlsx.body());
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("&saved=imported&count=3");
        assertThat(editor.get("staff/action-plan-export?format=csv&p=" + third).body()).isEqualTo(csv);
        String fourth = created(editor, "Import plan refused " + System.nanoTime());
        var refusedFile = upload(editor, portal, fourth, "plan.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String back = refusedFile.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("fileError=actionPlanImport.error");
        var shown = Jsoup.parse(editor.get(back.substring(back.indexOf("staff/"))).body());
        assertThat(shown.getElementById("sheet-error").text()).contains("nothing was imported");
        assertThat(shown.getElementById("import-problems").text()).contains("Row 5, Action: this is empty.");
        assertThat(portal.count(actions, fourth)).isZero();
        assertThat(upload(StaffSignIns.signedIn(portal, "publisher@example.gov.uk"), portal, fourth, "plan.csv", SHEET.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).statusCode()).as("publishers do not import").isIn(403, 404);
        assertThat(portal.count(actions, fourth)).isZero();
    }

    private static HttpResponse<String> upload(StaffSignIns.Client staff, EmbeddedPortal portal, String slug, String name, byte[] content)
            throws Exception {
        String boundary = "----plan" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\n" + slug + "\r\n").getBytes());
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n").getBytes());
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes());
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
        var http = HttpClient.newBuilder().build();
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "staff/action-plan-import"))
                .header("Cookie", staff.cookieHeader()).header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("Residents follow and unfollow a plan; each follower gets one email per update, in their language, never twice; post is listed")
    void followersToldOnce(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Followed plan " + run;
        var created = editor.post("staff/action-plans", newPlan(title) + "&title-cy=" + encode("Cynllun a ddilynir " + run)
                + "&summary-cy=" + encode("Crynodeb"));
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*p=([a-z0-9-]+).*", "$1");
        assertThat(editor.post("staff/action-plan?p=" + slug, "form=action&" + action("Offer short breaks as carers asked")).statusCode())
                .isEqualTo(302);
        assertThat(publisher.post("staff/action-plan?p=" + slug, "form=publish&publish=yes").statusCode()).isEqualTo(302);
        String actionId = portal.queryOne("select a.id from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ?", slug);

        // the public page offers a plain form to follow; someone not signed in is sent to sign in and back
        var plan = Jsoup.parse(Http.get(portal.baseUrl() + "action-plans/" + slug).body());
        assertThat(plan.getElementById("follow-form").attr("method")).isEqualTo("post");
        var anonymous = Http.postForm(portal.baseUrl() + "action-plans/" + slug + "/follow", "follow=yes");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/account/sign-in?next=");

        String english = "ap-en-" + run + "@example.org";
        String welsh = "ap-cy-" + run + "@example.org";
        String byPost = "ap-post-" + run + "@example.org";
        String stopped = "ap-stop-" + run + "@example.org";
        var englishReader = follower(portal, slug, english);
        var welshReader = follower(portal, slug, welsh);
        assertThat(welshReader.post("account/profile", "involvement=KEEP_INFORMED&topic=HOUSING&contactWay=EMAIL&welsh=yes&keepInformed=yes").statusCode())
                .isEqualTo(302);
        var postReader = follower(portal, slug, byPost);
        assertThat(postReader.post("account/profile", "involvement=GIVE_VIEWS&topic=HOUSING&contactWay=POST&postalAddress="
                + encode("7 Ffordd y Post\nCasnewydd\nNP20 1AA")).statusCode()).isEqualTo(302);
        var stopper = follower(portal, slug, stopped);
        var stop = stopper.post("action-plans/" + slug + "/follow", "follow=no");
        assertThat(stop.headers().firstValue("Location").orElseThrow()).endsWith("/action-plans/" + slug + "/follow?done=stopped");
        assertThat(Jsoup.parse(stopper.get("action-plans/" + slug + "/follow?done=stopped").body()).getElementById("unfollow")).isNull();
        assertThat(portal.count("select count(*) from plan_follower f join action_plan p on p.id = f.plan_id where p.slug = ?", slug))
                .isEqualTo(3);
        // following twice changes nothing
        assertThat(englishReader.post("action-plans/" + slug + "/follow", "follow=yes").statusCode()).isEqualTo(302);
        assertThat(portal.count("select count(*) from plan_follower f join action_plan p on p.id = f.plan_id where p.slug = ?", slug))
                .isEqualTo(3);

        var published = publisher.post("staff/plan-action?a=" + actionId, "form=update&words=" + encode("Evening breaks now offered")
                + "&rag=GREEN&day=" + TODAY);
        assertThat(published.statusCode()).isEqualTo(302);
        String updateId = portal.queryOne("select max(id) from action_update where action_id = ?", actionId);

        var toEnglish = Mailbox.awaitSubjectStartingWith(portal, english, "Progress on " + title);
        assertThat(String.valueOf(toEnglish.getContent())).contains("Offer short breaks as carers asked", "Green: on track",
                "Evening breaks now offered", "/action-plans/" + slug + "#action-" + actionId);
        var toWelsh = Mailbox.awaitSubjectStartingWith(portal, welsh, "Cynnydd ar Cynllun a ddilynir " + run);
        assertThat(String.valueOf(toWelsh.getContent())).contains("Gwyrdd: ar y trywydd", "/cy/action-plans/" + slug);
        assertThat(portal.count("select count(*) from action_update_notice where update_id = ? and way = 'POST'", updateId)).isEqualTo(1);

        // telling them again tells nobody: each was claimed once
        var again = Http.postForm(portal.baseUrl() + "test-support/action-plan-notices", "update=" + updateId);
        assertThat(again.body()).isEqualTo("told=0");
        assertThat(portal.count("select count(*) from action_update_notice where update_id = ?", updateId)).isEqualTo(3);
        // a second update is a second email, and still one per update
        assertThat(publisher.post("staff/plan-action?a=" + actionId, "form=update&words=" + encode("Weekend breaks too")
                + "&rag=DONE&day=" + TODAY).statusCode()).isEqualTo(302);
        Mailbox.awaitNth(portal, english, "Progress on " + title, 2);
        Mailbox.awaitNth(portal, welsh, "Cynnydd ar Cynllun a ddilynir " + run, 2);
        assertThat(Mailbox.to(portal, english, "Progress on " + title)).hasSize(2);
        assertThat(Mailbox.to(portal, welsh, "Cynnydd ar Cynllun a ddilynir " + run)).hasSize(2);
        assertThat(Mailbox.to(portal, byPost)).as("post, not email").noneMatch(m -> Mailbox.subject(m).contains(run));
        assertThat(Mailbox.to(portal, stopped)).as("stopped following").noneMatch(m -> Mailbox.subject(m).contains(run));
        var letters = Jsoup.parse(publisher.get("staff/plan-action?a=" + actionId).body()).getElementById("letter-list");
        assertThat(letters.select("li")).as("one letter per update for the follower who asked for post").hasSize(2);
        assertThat(letters.text()).contains("7 Ffordd y Post", "Write in: English");

        // the public page shows the status in words and the history; "my data" lists the plan; deleting removes it
        var shown = Jsoup.parse(Http.get(portal.baseUrl() + "action-plans/" + slug).body());
        assertThat(shown.selectFirst("#action-" + actionId + " .action-status").text()).contains("Done");
        assertThat(shown.selectFirst("#action-" + actionId + " .latest-progress").text()).contains("Weekend breaks too");
        assertThat(shown.selectFirst("#action-" + actionId + " details").text()).contains("Evening breaks now offered");
        assertThat(Jsoup.parse(englishReader.get("account/my-data").body()).text()).contains("Action plans you follow", title);
        assertThat(englishReader.post("account/delete", "confirm=yes").statusCode()).isEqualTo(302);
        assertThat(portal.count("select count(*) from plan_follower f join action_plan p on p.id = f.plan_id where p.slug = ?", slug))
                .isEqualTo(2);
        assertThat(portal.count("select count(*) from action_update_notice where update_id = ?", updateId)).isEqualTo(2);
    }

    @Test
    @DisplayName("The public list counts each plan's actions by status, and a plan's page links each action to where it came from")
    void publicPages(EmbeddedPortal portal) throws Exception {
        var list = Jsoup.parse(Http.get(portal.baseUrl() + "action-plans").body());
        var inspection = list.getElementById("plan-adult-social-care-inspection-action-plan");
        String counted = String.valueOf(portal.count("select count(*) from plan_action a join action_plan p on p.id = a.plan_id"
                + " where p.slug = 'adult-social-care-inspection-action-plan' and a.rag = 'RED'"));
        assertThat(inspection.selectFirst("[data-rag=RED]").text()).isEqualTo("Red, off track: " + counted);
        var welsh = Jsoup.parse(Http.get(portal.baseUrl() + "cy/action-plans/involvement-strategy-action-plan").body());
        assertThat(welsh.selectFirst("h1").text()).isEqualTo("Strategaeth cynnwys pobl: cynllun gweithredu");
        assertThat(welsh.selectFirst(".plan-theme h2").attr("lang")).as("themes are in English, marked so").isEqualTo("en-GB");
        assertThat(welsh.select(".action-status").text()).contains("Gwyrdd: ar y trywydd", "Ambr: mewn perygl", "Coch: oddi ar y trywydd",
                "Wedi’i wneud");
        assertThat(welsh.select("a[href$=/cy/consultations/day-opportunities-review#feedback]")).isNotEmpty();
        assertThat(welsh.select("a[href$=/cy/groups/carers-forum]")).isNotEmpty();
        assertThat(Http.get(portal.baseUrl() + "action-plans/no-such-plan").statusCode()).isEqualTo(404);
    }

    private static String created(StaffSignIns.Client editor, String title) throws Exception {
        var created = editor.post("staff/action-plans", newPlan(title));
        assertThat(created.statusCode()).isEqualTo(302);
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*p=([a-z0-9-]+).*", "$1");
    }

    private static String newPlan(String title) {
        return "title-en=" + encode(title) + "&summary-en=" + encode("What we will do, and how it is going.");
    }

    private static String action(String what) {
        return "theme=" + encode("Carers") + "&what=" + encode(what) + "&lead=" + encode("Carers Lead") + "&timescale=2027+Q2&rag=AMBER"
                + "&outcome=" + encode("Carers can book a break that suits them");
    }

    private static StaffSignIns.Client follower(EmbeddedPortal portal, String slug, String email) throws Exception {
        var resident = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        var followed = resident.post("action-plans/" + slug + "/follow", "follow=yes");
        assertThat(followed.headers().firstValue("Location").orElseThrow()).endsWith("/action-plans/" + slug + "/follow?done=followed");
        var page = Jsoup.parse(resident.get("action-plans/" + slug + "/follow?done=followed").body());
        assertThat(page.getElementById("status").text()).contains("You now follow this plan");
        assertThat(page.getElementById("unfollow")).isNotNull();
        return resident;
    }

    private static List<String> rows(String csv) {
        return PlanSheet.parseCsv(csv.replace("\uFEFF", "")).stream().map(line -> String.join("|", line)).toList();
    }

    private static HttpResponse<byte[]> download(StaffSignIns.Client staff, EmbeddedPortal portal, String path) throws Exception {
        var http = HttpClient.newBuilder().build();
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).header("Cookie", staff.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
