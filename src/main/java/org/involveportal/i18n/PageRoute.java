package org.involveportal.i18n;

import jakarta.servlet.ServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page addresses with names in them, such as {@code /consultations/draft-involvement-strategy} or
 * {@code /respond/{token}/questions/2}, and the Facelets view that serves each (kept under WEB-INF,
 * so it has no address of its own). The names reach the page bean through {@link #parameter} and
 * {@link #parameters}.
 */
public record PageRoute(String view, List<String> parameters) {

    static final String PARAMETERS_ATTRIBUTE = PageRoute.class.getName() + ".parameters";

    private record Rule(Pattern path, String view) {
    }

    private static final String SLUG = "([a-z0-9][a-z0-9-]{0,119})";
    /** A response draft's token: 32 random bytes, base64url without padding. */
    private static final String TOKEN = "([A-Za-z0-9_-]{43})";
    /** A row's id in the database. */
    private static final String ID = "([1-9][0-9]{0,17})";
    private static final String RESPOND = "/WEB-INF/views/respond/";
    private static final String ACCOUNT = "/WEB-INF/views/account/";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("/consultations/" + SLUG), "/WEB-INF/views/consultations/consultation.xhtml"),
            new Rule(Pattern.compile("/groups/" + SLUG), "/WEB-INF/views/groups/group.xhtml"),
            // joining in (package joining)
            new Rule(Pattern.compile("/groups/" + SLUG + "/join"), "/WEB-INF/views/groups/join.xhtml"),
            new Rule(Pattern.compile("/groups/" + SLUG + "/meetings/" + ID + "/register"), "/WEB-INF/views/groups/register.xhtml"),
            // involvement activities (package activity)
            new Rule(Pattern.compile("/activities/" + SLUG), "/WEB-INF/views/activities/activity.xhtml"),
            new Rule(Pattern.compile("/activities/" + SLUG + "/interest"), "/WEB-INF/views/activities/interest.xhtml"),
            // action plans and following one (package actionplan)
            new Rule(Pattern.compile("/action-plans/" + SLUG), "/WEB-INF/views/action-plans/plan.xhtml"),
            new Rule(Pattern.compile("/action-plans/" + SLUG + "/follow"), "/WEB-INF/views/action-plans/follow.xhtml"),
            // training courses and booking a session (package training)
            new Rule(Pattern.compile("/training/" + SLUG), "/WEB-INF/views/training/course.xhtml"),
            new Rule(Pattern.compile("/training/" + SLUG + "/sessions/" + ID), "/WEB-INF/views/training/book.xhtml"),
            // the published involvement reports (package report); the download is a servlet, reached in each language
            new Rule(Pattern.compile("/involvement-reports/" + SLUG), "/WEB-INF/views/reports/report.xhtml"),
            new Rule(Pattern.compile("/involvement-reports/" + SLUG + "\\.xlsx"), "/involvement-report.xlsx"),
            new Rule(Pattern.compile("/consultations/" + SLUG + "/respond"), RESPOND + "start.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN), RESPOND + "resume.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/answering-as"), RESPOND + "answering-as.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/questions/([1-9][0-9]?)"), RESPOND + "questions.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/contact"), RESPOND + "contact.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/check"), RESPOND + "check.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/saved"), RESPOND + "saved.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/closed"), RESPOND + "closed.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/about-you"), RESPOND + "about-you.xhtml"),
            new Rule(Pattern.compile("/respond/" + TOKEN + "/sent"), RESPOND + "sent.xhtml"),
            // residents' accounts (package people)
            new Rule(Pattern.compile("/account"), ACCOUNT + "index.xhtml"),
            new Rule(Pattern.compile("/account/sign-up"), ACCOUNT + "sign-up.xhtml"),
            new Rule(Pattern.compile("/account/sign-in"), ACCOUNT + "sign-in.xhtml"),
            new Rule(Pattern.compile("/account/check-email"), ACCOUNT + "check-email.xhtml"),
            new Rule(Pattern.compile("/account/verify/" + TOKEN), ACCOUNT + "verify.xhtml"),
            new Rule(Pattern.compile("/account/sign-in-link/" + TOKEN), ACCOUNT + "sign-in-link.xhtml"),
            new Rule(Pattern.compile("/account/sign-out"), ACCOUNT + "sign-out.xhtml"),
            new Rule(Pattern.compile("/account/stop-digest/" + TOKEN), ACCOUNT + "stop-digest.xhtml"),
            new Rule(Pattern.compile("/account/profile"), ACCOUNT + "profile.xhtml"),
            new Rule(Pattern.compile("/account/my-data"), ACCOUNT + "my-data.xhtml"),
            // a servlet, not a view: /cy/account/my-data.json reaches it with the reader's language known
            new Rule(Pattern.compile("/account/my-data\\.json"), "/account/my-data.json"),
            new Rule(Pattern.compile("/account/involvement"), ACCOUNT + "involvement.xhtml"),
            new Rule(Pattern.compile("/account/delete"), ACCOUNT + "delete.xhtml"),
            // expenses and payment for involvement (package expense)
            new Rule(Pattern.compile("/account/expenses"), ACCOUNT + "expenses.xhtml"),
            new Rule(Pattern.compile("/account/expenses/claim/" + SLUG), ACCOUNT + "expense-claim.xhtml"),
            new Rule(Pattern.compile("/account/expenses/(EXP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})"), ACCOUNT + "expense.xhtml"),
            new Rule(Pattern.compile("/account/deleted"), ACCOUNT + "deleted.xhtml"));

    static Optional<PageRoute> match(String pagePath) {
        for (Rule rule : RULES) {
            var matcher = rule.path().matcher(pagePath);
            if (matcher.matches()) {
                var parameters = new ArrayList<String>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    parameters.add(matcher.group(group));
                }
                return Optional.of(new PageRoute(rule.view(), List.copyOf(parameters)));
            }
        }
        return Optional.empty();
    }

    void storeIn(ServletRequest request) {
        request.setAttribute(PARAMETERS_ATTRIBUTE, parameters);
    }

    /** The first name from the address, e.g. a consultation's slug; null on other pages. */
    public static String parameter(ServletRequest request) {
        var parameters = parameters(request);
        return parameters.isEmpty() ? null : parameters.get(0);
    }

    /** Every name from the address, in order; empty on other pages. */
    @SuppressWarnings("unchecked")
    public static List<String> parameters(ServletRequest request) {
        var parameters = (List<String>) request.getAttribute(PARAMETERS_ATTRIBUTE);
        return parameters == null ? List.of() : parameters;
    }
}
