package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Roles on the server, against forged requests: each role posts, with the real form fields, to actions it
 * may not take, at the page's address with and without .xhtml. Each post must be refused (403, answered
 * with the not-found page) and leave the database as it was. Then, as a control, the role that may take
 * each action sends the same form and the database does change, so a refusal here is never a typo in
 * the test's form.
 */
@ExtendWith(PortalExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffForgedPostsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String EDITOR = "editor@example.gov.uk";
    private static final String PUBLISHER = "publisher@example.gov.uk";
    private static final String ANALYST = "analyst@example.gov.uk";
    private static final String ADMIN = "admin@example.gov.uk";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    /** An account for the admin's control post, so no demo account's roles change. */
    private static final String ROLE_TARGET = "role-target-" + RUN + "@example.gov.uk";
    private static final String NEW_ADMIN = "forged-admin-" + RUN + "@example.gov.uk";
    private static final String NEW_GROUP = "Forged group " + RUN;

    private static final Map<String, StaffSignIns.Client> STAFF = new HashMap<>();
    private static EmbeddedPortal portal;
    private static String openConsultation;
    private static String closedConsultation;
    private static String group;
    private static String enteredResponse;

    /** One forged or control post: who sends what where, and the database state it would change. */
    record Attempt(String who, String what, Supplier<String> address, Supplier<String> form, Callable<String> state) {
        @Override
        public String toString() {
            return who.replace("@example.gov.uk", "") + " " + what;
        }
    }

    @BeforeAll
    static void signInAndSetUp(EmbeddedPortal running) throws Exception {
        portal = running;
        for (String email : List.of(EDITOR, PUBLISHER, ANALYST, ADMIN)) {
            STAFF.put(email, StaffSignIns.signedIn(portal, email));
        }
        try (var connection = portal.connectToDatabase()) {
            var insert = connection.prepareStatement("insert into staff_account (email, display_name, password_hash, created_at,"
                    + " password_changed_at, disabled) values (?, 'Role Target', '!', utc_timestamp(6), utc_timestamp(6), false)");
            insert.setString(1, ROLE_TARGET);
            insert.executeUpdate();
            connection.createStatement().executeUpdate("insert into staff_account_role (account_id, role) select id, 'EDITOR'"
                    + " from staff_account where email = '" + ROLE_TARGET + "'");
        }
        openConsultation = publishedConsultation("Forged posts open " + RUN, TODAY.minusDays(1), TODAY.plusWeeks(13));
        closedConsultation = publishedConsultation("Forged posts closed " + RUN, TODAY.minusWeeks(14), TODAY.minusDays(1));
        // a response entered as staff do, so it is counted as every response is
        var entered = STAFF.get(EDITOR).post("staff/response-entry?c=" + openConsultation,
                "channel=PAPER&language=en&answeringAs=CARER&way=NONE");
        String location = entered.headers().firstValue("Location").orElse("");
        assertThat(location).as("a response entered").contains("entered=");
        enteredResponse = location.substring(location.indexOf("entered=") + "entered=".length());
        var created = STAFF.get(EDITOR).post("staff/group-edit", "name-en=" + encode("Forged posts group " + RUN)
                + "&purpose-en=" + encode("A group for checking roles"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        group = created.headers().firstValue("Location").orElseThrow().replaceAll(".*g=([a-z0-9-]+).*", "$1");
    }

    static Stream<Attempt> forgeries() {
        return Stream.of(
                // role escalation and settings: admins only
                giveAdmin(EDITOR, EDITOR, "EDITOR"), giveAdmin(PUBLISHER, PUBLISHER, "PUBLISHER"), giveAdmin(ANALYST, ANALYST, "ANALYST"),
                createAdmin(EDITOR), createAdmin(PUBLISHER), createAdmin(ANALYST),
                flipWelsh(EDITOR), flipWelsh(PUBLISHER), flipWelsh(ANALYST),
                // the consultation window and feedback: publishers only
                extend(EDITOR), extend(ANALYST), closeEarly(EDITOR), closeEarly(ANALYST),
                publishFeedback(EDITOR), publishFeedback(ANALYST),
                // groups: editors only
                renameGroup(ANALYST), renameGroup(PUBLISHER), addGroup(ANALYST), addGroup(PUBLISHER),
                messageGroup(ANALYST), messageGroup(PUBLISHER),
                // deleting a response: admins only
                deleteResponse(EDITOR), deleteResponse(PUBLISHER), deleteResponse(ANALYST));
    }

    /** The same forms from the one role allowed each action, in an order where each can succeed. */
    static Stream<Attempt> controls() {
        return Stream.of(giveAdmin(ADMIN, ROLE_TARGET, "EDITOR"), createAdmin(ADMIN), flipWelsh(ADMIN),
                extend(PUBLISHER), closeEarly(PUBLISHER), publishFeedback(PUBLISHER),
                renameGroup(EDITOR), addGroup(EDITOR), messageGroup(EDITOR), deleteResponse(ADMIN));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    @DisplayName("A forged post from a role without the right is refused on the server and changes nothing")
    void forgedPostIsRefused(Attempt attempt) throws Exception {
        for (String address : List.of(attempt.address().get(), withXhtml(attempt.address().get()))) {
            String before = attempt.state().call();
            var response = STAFF.get(attempt.who()).post(address, attempt.form().get());
            assertRefused(attempt + " at " + address, response);
            assertThat(attempt.state().call()).as(attempt + " at " + address + ": nothing changed").isEqualTo(before);
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    @DisplayName("Control: the same form from the role allowed does change the database")
    void sameFormFromTheRightRoleWorks(Attempt attempt) throws Exception {
        String before = attempt.state().call();
        var response = STAFF.get(attempt.who()).post(attempt.address().get(), attempt.form().get());
        try {
            assertThat(response.statusCode()).as(attempt + ": " + response.body()).isEqualTo(302);
            assertThat(attempt.state().call()).as(attempt + " changed the database").isNotEqualTo(before);
        } finally {
            if (attempt.what().equals(flipWelsh(ADMIN).what()) && !attempt.state().call().equals(before)) {
                // put the setting back for the rest of the build
                assertThat(STAFF.get(ADMIN).post("staff/settings", attempt.form().get()).statusCode()).isEqualTo(302);
                assertThat(Boolean.parseBoolean(welshSetting())).as("the setting is back").isEqualTo(Boolean.parseBoolean(before));
            }
        }
    }

    // ---- the attempts, with the real form fields of each page bean ----

    /** StaffAccountsPage, action "roles": the account's roles ticked, ADMIN added. */
    static Attempt giveAdmin(String who, String account, String currentRole) {
        return new Attempt(who, account.equals(who) ? "gives themselves the admin role" : "gives another account the admin role",
                () -> "staff/accounts",
                () -> {
                    long id = accountId(account);
                    return "action=roles&account=" + id + "&role-" + id + "=" + currentRole + "&role-" + id + "=ADMIN";
                },
                () -> one("select coalesce(group_concat(r.role order by r.role), '') from staff_account_role r"
                        + " join staff_account a on a.id = r.account_id where a.email = ?", account));
    }

    /** StaffAccountsPage, action "create": a new account with the admin role. */
    static Attempt createAdmin(String who) {
        return new Attempt(who, "creates a new admin account", () -> "staff/accounts",
                () -> "action=create&email=" + encode(NEW_ADMIN) + "&name=" + encode("Forged Admin")
                        + "&password=" + encode("kettle harbour violet trombone lighthouse") + "&roles=ADMIN",
                () -> one("select count(*) from staff_account where email = ?", NEW_ADMIN));
    }

    /** SettingsPage: the "welsh" checkbox, sent as the opposite of the current setting. */
    static Attempt flipWelsh(String who) {
        return new Attempt(who, "flips the Welsh Language Standards setting", () -> "staff/settings",
                () -> "true".equals(welshSetting()) ? "" : "welsh=on", StaffForgedPostsIT::welshSetting);
    }

    /** ConsultationWindowPage, action "extend": a later last day and a public reason. */
    static Attempt extend(String who) {
        LocalDate later = TODAY.plusWeeks(20);
        return new Attempt(who, "extends an open consultation", () -> "staff/consultation-window?c=" + openConsultation,
                () -> "action=extend&extend-day=" + later.getDayOfMonth() + "&extend-month=" + later.getMonthValue()
                        + "&extend-year=" + later.getYear() + "&extend-reason-en=" + encode("More time for carers"),
                () -> window(openConsultation));
    }

    /** ConsultationWindowPage, action "close": a public reason. */
    static Attempt closeEarly(String who) {
        return new Attempt(who, "closes an open consultation early", () -> "staff/consultation-window?c=" + openConsultation,
                () -> "action=close&close-reason-en=" + encode("We have heard enough"), () -> window(openConsultation));
    }

    /** FeedbackEditorPage, action "publish": every part of "You said, we did" in English and Welsh. */
    static Attempt publishFeedback(String who) {
        var form = new StringBuilder("action=publish");
        Map.of("tookPart", "3 people took part.", "peopleSaid", "<p>You said buses are late.</p>",
                "decided", "<p>We will add a bus.</p>", "nextSteps", "<p>It starts in May.</p>").forEach((part, words) -> {
            form.append('&').append(part).append("-en=").append(encode(words));
            form.append('&').append(part).append("-cy=").append(encode("Cy: " + words));
        });
        return new Attempt(who, "publishes feedback", () -> "staff/feedback-edit?c=" + closedConsultation, form::toString,
                () -> one("select coalesce((select concat_ws('|', coalesce(f.published_at, 'draft'), f.updated_at) from feedback_report f"
                        + " join consultation c on c.id = f.consultation_id where c.slug = ?), 'none')", closedConsultation));
    }

    /** GroupEditorPage on an existing group: its English name and purpose. */
    static Attempt renameGroup(String who) {
        return new Attempt(who, "renames a group", () -> "staff/group-edit?g=" + group,
                () -> "name-en=" + encode("Renamed by " + who) + "&purpose-en=" + encode("Changed"),
                () -> one("select group_concat(concat(t.language, ':', t.name, ':', t.purpose) order by t.language)"
                        + " from involvement_group_text t join involvement_group g on g.id = t.group_id where g.slug = ?", group));
    }

    /** GroupEditorPage without a group: a new one. */
    static Attempt addGroup(String who) {
        return new Attempt(who, "adds a group", () -> "staff/group-edit",
                () -> "name-en=" + encode(NEW_GROUP) + "&purpose-en=" + encode("Should not exist"),
                () -> one("select count(*) from involvement_group_text where name = ?", NEW_GROUP));
    }

    /** GroupMessagePage: a subject and words in English. */
    static Attempt messageGroup(String who) {
        return new Attempt(who, "messages a group's members", () -> "staff/group-message?g=" + group,
                () -> "subject-en=" + encode("Hello from " + who) + "&body-en=" + encode("A message to every member."),
                () -> one("select count(*) from group_message m join involvement_group g on g.id = m.group_id where g.slug = ?", group));
    }

    /** ResponseDeletionPage: a response's reference and a reason. */
    static Attempt deleteResponse(String who) {
        return new Attempt(who, "deletes a response", () -> "staff/response-delete",
                () -> "reference=" + enteredResponse + "&reason=" + encode("Entered twice"),
                () -> one("select count(*) from response where reference = ?", enteredResponse));
    }

    // ---- helpers ----

    private static void assertRefused(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what + ": refused, answered as not found").isIn(403, 404);
        assertThat(response.headers().firstValue("Location")).as(what + ": no redirect to a done page").isEmpty();
        assertThat(response.body()).as(what).contains("error-heading");
    }

    /** "staff/accounts?x" → "staff/accounts.xhtml?x". */
    private static String withXhtml(String address) {
        int query = address.indexOf('?');
        return query < 0 ? address + ".xhtml" : address.substring(0, query) + ".xhtml" + address.substring(query);
    }

    private static String welshSetting() {
        return one("select coalesce((select value from portal_setting where name = 'welsh-language-standards'), 'unset')");
    }

    private static String window(String slug) {
        return one("select concat_ws('|', c.closes_at, coalesce(c.window_change, '-'), coalesce(c.published_at, '-'),"
                + " (select group_concat(coalesce(t.window_change_reason, '-') order by t.language) from consultation_text t"
                + " where t.consultation_id = c.id)) from consultation c where c.slug = ?", slug);
    }

    private static long accountId(String email) {
        return Long.parseLong(one("select id from staff_account where email = ?", email));
    }

    private static String one(String sql, Object... parameters) {
        try (var connection = portal.connectToDatabase(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return String.valueOf(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A consultation with one question, published by the publisher for the days given. */
    private static String publishedConsultation(String title, LocalDate first, LocalDate last) throws Exception {
        var created = STAFF.get(EDITOR).post("staff/consultation-edit", "title-en=" + encode(title) + "&summary-en=A+summary"
                + "&title-cy=" + encode("Cy " + title) + "&summary-cy=Crynodeb&topic=TRANSPORT_AND_MOBILITY");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(STAFF.get(EDITOR).post("staff/question-edit?c=" + slug, "type=FREE_TEXT&page=1&max-length=500&text-en=Tell+us"
                + "&text-cy=Dywedwch+wrthym").statusCode()).isEqualTo(302);
        assertThat(STAFF.get(PUBLISHER).post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth()
                + "&opens-month=" + first.getMonthValue() + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth()
                + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);
        return slug;
    }
}
