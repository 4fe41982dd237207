package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * One action for staff ({@code /staff/plan-action?a=id}): publishing a dated progress update with the status it leaves
 * the action at (publishers: this is what tells the plan's followers), changing what the action is (editors), and its
 * history. A forged post from a role without the right is 403 and changes nothing.
 */
@Named
@RequestScoped
public class StaffPlanActionPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityContext security;

    @Inject
    private ActionPlanService plans;

    @Inject
    private ActionPlanEditing editing;

    @Inject
    private LinkChoices choices;

    @Inject
    private Messages messages;

    private PlanAction action;
    private ActionPlan plan;
    private ActionForm form;
    private String words = "";
    private String rag = "";
    private String day = "";

    @Override
    protected void load() {
        if (!allowed(StaffActionPlansPage.WRITER, StaffActionPlansPage.PUBLISHER)) {
            return;
        }
        var id = ActionForm.id(parameter("a"));
        action = id == null ? null : plans.action(id).orElse(null);
        if (action == null) {
            notFound();
            return;
        }
        plan = plans.find(action.getPlanId()).orElseThrow();
        form = ActionForm.of(action, themeTitle());
        rag = action.getRag().name();
        day = plans.today().toString();
    }

    @Override
    protected void post() {
        String which = parameter("form");
        if ("update".equals(which)) {
            publishUpdate();
        } else if ("action".equals(which)) {
            edit();
        } else {
            badRequest();
        }
    }

    private void publishUpdate() {
        if (!allowed(StaffActionPlansPage.PUBLISHER)) {
            return;
        }
        words = typed("words").strip();
        rag = typed("rag");
        day = typed("day").strip();
        Rag status = null;
        try {
            status = Rag.valueOf(rag);
        } catch (IllegalArgumentException e) {
            problem("rag", "actionPlanEditor.error.rag");
        }
        if (words.isEmpty()) {
            problem("words", "actionUpdate.error.words");
        } else if (words.length() > ActionUpdate.WORDS_MAX) {
            problem("words", "actionPlanEditor.error.tooLong");
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            problem("day", "actionUpdate.error.day");
        }
        if (hasErrors()) {
            return;
        }
        try {
            editing.publishUpdate(action.getId(), words, status, on, staffMember());
        } catch (ActionPlanRuleViolation violation) {
            problem("day", violation.messageKey());
            return;
        }
        redirectTo("/staff/plan-action?a=" + action.getId() + "&saved=update");
    }

    private void edit() {
        if (!allowed(StaffActionPlansPage.WRITER)) {
            return;
        }
        form = ActionForm.from(request);
        problems(form.problems(false));
        if (!choices.knows(choices.getConsultations(), form.getConsultationId())) {
            problem("consultation", "actionPlanEditor.error.link");
        }
        if (!choices.knows(choices.getFeedback(), form.getFeedbackId())) {
            problem("feedback", "actionPlanEditor.error.link");
        }
        if (!choices.knows(choices.getGroups(), form.getGroupId())) {
            problem("group", "actionPlanEditor.error.link");
        }
        if (hasErrors()) {
            return;
        }
        editing.editAction(action.getId(), form.getWhat(), form.getLead(), form.getTimescaleValue(), form.getOutcome(),
                form.getConsultationId(), form.getFeedbackId(), form.getGroupId(), staffMember());
        redirectTo("/staff/plan-action?a=" + action.getId() + "&saved=action");
    }

    private String themeTitle() {
        return plans.themes(action.getPlanId()).stream().filter(t -> t.getId() == action.getThemeId())
                .map(PlanTheme::getTitle).findFirst().orElse("");
    }

    public PlanAction getAction() {
        return action;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public String getPlanLink() {
        return "/action-plan?p=" + URLEncoder.encode(plan.getSlug(), StandardCharsets.UTF_8);
    }

    public String getTheme() {
        return themeTitle();
    }

    public ActionForm getForm() {
        return form;
    }

    public String getWords() {
        return words;
    }

    public String getRag() {
        return rag;
    }

    public String getDay() {
        return day;
    }

    public List<Rag> getStatuses() {
        return List.of(Rag.values());
    }

    public List<ActionPlanPage.UpdateView> getHistory() {
        var dates = messages.getLanguage();
        return plans.updatesOf(action.getId()).stream()
                .map(u -> new ActionPlanPage.UpdateView(DateFormatting.date(u.getProgressOn(), dates), u.getProgressOn().toString(), u.getWords(), u.getRag()))
                .toList();
    }

    /** A letter to post for an update: the update's day, the person's name and address, and the language to write in. */
    public record LetterView(String day, String name, String address, String language) {
    }

    /** The letters owed to followers who asked for post, for publishers to print and send. */
    public List<LetterView> getLetters() {
        var dates = messages.getLanguage();
        return plans.letters(action.getId()).stream().map(letter -> {
            var profile = letter.resident().profile();
            return new LetterView(DateFormatting.date(letter.update().getProgressOn(), dates),
                    profile.name() == null ? "" : profile.name(), profile.postalAddress() == null ? "" : profile.postalAddress(),
                    letter.resident().correspondenceLanguage().autonym());
        }).toList();
    }

    public long getFollowers() {
        return plans.followerCount(plan.getId());
    }

    public String getSaved() {
        String saved = parameter("saved");
        return "update".equals(saved) || "action".equals(saved) ? saved : null;
    }

    public boolean isWriter() {
        return security.isCallerInRole(StaffActionPlansPage.WRITER);
    }

    public boolean isPublisher() {
        return security.isCallerInRole(StaffActionPlansPage.PUBLISHER);
    }
}
