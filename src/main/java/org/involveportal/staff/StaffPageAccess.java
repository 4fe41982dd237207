package org.involveportal.staff;

import static org.involveportal.staff.StaffRole.ADMIN;
import static org.involveportal.staff.StaffRole.ANALYST;
import static org.involveportal.staff.StaffRole.EDITOR;
import static org.involveportal.staff.StaffRole.FINANCE;
import static org.involveportal.staff.StaffRole.PUBLISHER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.involveportal.i18n.Language;

/**
 * Who may open each page and download of the back office, by its name under {@code /staff/} ("" is the
 * staff home). The one table {@link StaffAreaFilter} checks on every request, forward and include, for
 * every method, so no way of reaching a page (a forward from another page, a forged post) skips it. A
 * page missing here is refused to everyone: a test checks that every staff page and servlet is listed.
 */
public final class StaffPageAccess {

    /** The way in: open to anyone, each page sending back to sign-in whoever is not at that step. */
    static final Set<String> SIGN_IN_PAGES = Set.of("sign-in", "sign-in-code", "set-up-sign-in", "sign-out");

    private static final Set<StaffRole> ANY_ROLE = EnumSet.allOf(StaffRole.class);

    private static final Map<String, Set<StaffRole>> ROLES = Map.ofEntries(
            Map.entry("", ANY_ROLE),
            Map.entry("consultations", ANY_ROLE),
            Map.entry("consultation-preview", ANY_ROLE),
            Map.entry("feedback", ANY_ROLE),
            Map.entry("password", ANY_ROLE),
            Map.entry("recovery-codes", ANY_ROLE),
            // writing consultations
            Map.entry("consultation-edit", EnumSet.of(EDITOR)),
            Map.entry("consultation-questions", EnumSet.of(EDITOR)),
            Map.entry("question-edit", EnumSet.of(EDITOR)),
            // publishing them, and what is said afterwards
            Map.entry("consultation-publish", EnumSet.of(PUBLISHER)),
            Map.entry("consultation-window", EnumSet.of(PUBLISHER)),
            Map.entry("feedback-edit", EnumSet.of(PUBLISHER)),
            Map.entry("feedback-contacts", EnumSet.of(PUBLISHER)),
            // a consultation's decision trail: the proposal and its equality impact assessment, then the decision
            Map.entry("consultation-eia", EnumSet.of(EDITOR, PUBLISHER)),
            Map.entry("consultation-decision", EnumSet.of(PUBLISHER)),
            // responses from paper, phone and events
            Map.entry("response-entry", EnumSet.of(EDITOR, PUBLISHER, ANALYST)),
            // a response entered twice or to be erased: deleted by an admin, with the reason audited
            Map.entry("response-delete", EnumSet.of(ADMIN)),
            // analysis and reach
            Map.entry("analysis", EnumSet.of(ANALYST, PUBLISHER)),
            Map.entry("analysis-consultation", EnumSet.of(ANALYST, PUBLISHER)),
            Map.entry("analysis-answers", EnumSet.of(ANALYST, PUBLISHER)),
            Map.entry("analysis-export", EnumSet.of(ANALYST, PUBLISHER)),
            Map.entry("reach-baseline", EnumSet.of(ANALYST, ADMIN)),
            // groups and meetings
            Map.entry("groups", EnumSet.of(EDITOR)),
            Map.entry("group-edit", EnumSet.of(EDITOR)),
            Map.entry("group-members", EnumSet.of(EDITOR)),
            Map.entry("group-message", EnumSet.of(EDITOR)),
            Map.entry("group-letters", EnumSet.of(EDITOR)),
            Map.entry("group-members-export", EnumSet.of(EDITOR)),
            Map.entry("meeting", EnumSet.of(EDITOR)),
            Map.entry("meeting-edit", EnumSet.of(EDITOR)),
            // involvement activities
            Map.entry("activities", EnumSet.of(EDITOR)),
            Map.entry("activity-edit", EnumSet.of(EDITOR)),
            Map.entry("activity-people", EnumSet.of(EDITOR)),
            // action plans: editors write plans, their actions and imports, as they write consultations; publishers make
            // a plan public and publish its progress updates, as they publish "You said, we did", since an update is
            // what residents following the plan are emailed. Both see every plan and may export it.
            Map.entry("action-plans", EnumSet.of(EDITOR, PUBLISHER)),
            Map.entry("action-plan", EnumSet.of(EDITOR, PUBLISHER)),
            Map.entry("plan-action", EnumSet.of(EDITOR, PUBLISHER)),
            Map.entry("action-plan-export", EnumSet.of(EDITOR, PUBLISHER)),
            Map.entry("action-plan-import", EnumSet.of(EDITOR)),
            // expenses and payment for involvement: claims decided and paid by finance, the policy set by an admin
            Map.entry("expenses", EnumSet.of(FINANCE)),
            Map.entry("expense-claim", EnumSet.of(FINANCE)),
            Map.entry("expense-receipt", EnumSet.of(FINANCE)),
            Map.entry("expense-payments", EnumSet.of(FINANCE)),
            Map.entry("expense-payments-export", EnumSet.of(FINANCE)),
            Map.entry("expense-letters", EnumSet.of(FINANCE)),
            Map.entry("expense-policy", EnumSet.of(ADMIN)),
            // training courses, and one person's involvement history
            Map.entry("training", EnumSet.of(EDITOR)),
            Map.entry("course-edit", EnumSet.of(EDITOR)),
            Map.entry("course-session", EnumSet.of(EDITOR)),
            Map.entry("course-people", EnumSet.of(EDITOR)),
            Map.entry("person", EnumSet.of(EDITOR)),
            // the register of involved people, and the post list of "Keep me informed" digests
            Map.entry("register", EnumSet.of(EDITOR)),
            Map.entry("register-export", EnumSet.of(EDITOR)),
            Map.entry("register-invite", EnumSet.of(EDITOR)),
            Map.entry("register-letters", EnumSet.of(EDITOR)),
            Map.entry("digest-letters", EnumSet.of(EDITOR)),
            // the involvement report: previewed by publishers and analysts, published by publishers
            Map.entry("involvement-reports", EnumSet.of(PUBLISHER, ANALYST)),
            Map.entry("involvement-report", EnumSet.of(PUBLISHER, ANALYST)),
            // requests for another format: editors write the content the formats are made from
            Map.entry("format-requests", EnumSet.of(EDITOR)),
            Map.entry("format-request", EnumSet.of(EDITOR)),
            Map.entry("format-request-file", EnumSet.of(EDITOR)),
            // the glossary hard words in content link to
            Map.entry("glossary", EnumSet.of(EDITOR)),
            Map.entry("glossary-edit", EnumSet.of(EDITOR)),
            // staff accounts, settings and the audit trail
            Map.entry("accounts", EnumSet.of(ADMIN)),
            Map.entry("settings", EnumSet.of(ADMIN)),
            Map.entry("audit", EnumSet.of(ADMIN)),
            // partner organisations named on consultations and meetings, and their logos
            Map.entry("partners", EnumSet.of(ADMIN)),
            Map.entry("partner-logo", EnumSet.of(ADMIN)));

    private StaffPageAccess() {
    }

    /**
     * The page's name from a path under the back office: {@code /staff/audit.xhtml} and
     * {@code /staff/audit} are "audit"; {@code /staff}, {@code /staff/} and {@code /staff/index.xhtml} are "".
     */
    static String pageName(String path) {
        path = path.substring(languagePrefix(path).length());
        String name = path.equals("/staff") ? "" : path.substring("/staff/".length());
        if (name.endsWith(".xhtml")) {
            name = name.substring(0, name.length() - ".xhtml".length());
        }
        return name.equals("index") ? "" : name;
    }

    /**
     * The language prefix of a staff address in a back-office language ({@code /cy} of {@code /cy/staff/audit}),
     * or "" for the plain address; the language filter answers 404 to any other prefix before a page is reached.
     */
    static String languagePrefix(String path) {
        int end = path.indexOf('/', 1);
        if (end < 0) {
            return "";
        }
        return Language.fromPathSegment(path.substring(1, end))
                .filter(Language::hasBackOffice)
                .map(Language::pathPrefix)
                .orElse("");
    }

    static boolean isSignInPage(String name) {
        return SIGN_IN_PAGES.contains(name);
    }

    /** The roles that may open the page; empty when the back office has no such page. */
    static Optional<Set<StaffRole>> rolesFor(String name) {
        return Optional.ofNullable(ROLES.get(name));
    }

    /** Every page name with its roles, for the test that compares the table with the pages in the source. */
    static Map<String, Set<StaffRole>> table() {
        return ROLES;
    }
}
