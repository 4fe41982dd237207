package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * One plan for staff ({@code /staff/action-plan?p=slug}): its words (editors), whether residents see it (publishers),
 * its themes and actions with their status, a form to add an action and one to import actions from CSV (editors), and
 * its export as CSV or XLSX. Each form names itself in {@code form}; a forged post from a role without the right is 403.
 */
@Named
@RequestScoped
public class StaffActionPlanPage extends PageBean {

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

    @PersistenceContext
    private EntityManager em;

    private ActionPlan plan;
    private PlanTextForm textForm;
    private ActionForm actionForm = new ActionForm();
    private String csv = "";
    private List<PlanSheet.Problem> importProblems = List.of();
    private List<ActionPlanPage.ThemeView> themes;

    @Override
    protected void load() {
        if (!allowed(StaffActionPlansPage.WRITER, StaffActionPlansPage.PUBLISHER)) {
            return;
        }
        String slug = parameter("p");
        plan = slug == null ? null : plans.findBySlug(slug).orElse(null);
        if (plan == null) {
            notFound();
            return;
        }
        textForm = PlanTextForm.of(plan);
        String fileError = parameter("fileError");
        if ("actionPlanImport.error".equals(fileError) || "actionPlanImport.error.noFile".equals(fileError)) {
            problem("sheet", fileError);
            var session = request.getSession(false);
            Object kept = session == null ? null : session.getAttribute(ActionPlanImportServlet.PROBLEMS);
            if (kept instanceof List<?> list) {
                importProblems = list.stream().filter(PlanSheet.Problem.class::isInstance).map(PlanSheet.Problem.class::cast).toList();
                session.removeAttribute(ActionPlanImportServlet.PROBLEMS);
            }
        }
    }

    @Override
    protected void post() {
        String which = parameter("form");
        if ("texts".equals(which)) {
            saveTexts();
        } else if ("publish".equals(which)) {
            publish();
        } else if ("action".equals(which)) {
            addAction();
        } else if ("import".equals(which)) {
            importCsv();
        } else {
            badRequest();
        }
    }

    private void saveTexts() {
        if (!allowed(StaffActionPlansPage.WRITER)) {
            return;
        }
        textForm = PlanTextForm.from(request);
        problems(textForm.problems());
        if (!hasErrors()) {
            editing.editTexts(plan.getId(), textForm.texts(), staffMember());
            back("texts");
        }
    }

    private void publish() {
        if (!allowed(StaffActionPlansPage.PUBLISHER)) {
            return;
        }
        String wanted = parameter("publish");
        if (!"yes".equals(wanted) && !"no".equals(wanted)) {
            badRequest();
            return;
        }
        editing.setPublished(plan.getId(), "yes".equals(wanted), staffMember());
        back("yes".equals(wanted) ? "published" : "withdrawn");
    }

    private void addAction() {
        if (!allowed(StaffActionPlansPage.WRITER)) {
            return;
        }
        actionForm = ActionForm.from(request);
        problems(actionForm.problems(true));
        if (!choices.knows(choices.getConsultations(), actionForm.getConsultationId())) {
            problem("consultation", "actionPlanEditor.error.link");
        }
        if (!choices.knows(choices.getFeedback(), actionForm.getFeedbackId())) {
            problem("feedback", "actionPlanEditor.error.link");
        }
        if (!choices.knows(choices.getGroups(), actionForm.getGroupId())) {
            problem("group", "actionPlanEditor.error.link");
        }
        if (hasErrors()) {
            return;
        }
        editing.addAction(plan.getId(), actionForm.getTheme(), actionForm.getWhat(), actionForm.getLead(),
                actionForm.getTimescaleValue(), actionForm.getRagValue(), actionForm.getOutcome(),
                actionForm.getConsultationId(), actionForm.getFeedbackId(), actionForm.getGroupId(), staffMember());
        back("action");
    }

    private void importCsv() {
        if (!allowed(StaffActionPlansPage.WRITER)) {
            return;
        }
        csv = parameter("csv") == null ? "" : parameter("csv");
        var reading = PlanSheet.readCsv(csv);
        if (!reading.ok()) {
            importProblems = reading.problems();
            problem("csv", "actionPlanImport.error");
            return;
        }
        int added = editing.importRows(plan.getId(), reading.rows(), staffMember());
        back("imported&count=" + added);
    }

    private void back(String saved) {
        redirectTo("/staff/action-plan?p=" + URLEncoder.encode(plan.getSlug(), StandardCharsets.UTF_8) + "&saved=" + saved);
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public PlanTextForm getTextForm() {
        return textForm;
    }

    public ActionForm getActionForm() {
        return actionForm;
    }

    public String getCsv() {
        return csv;
    }

    /** Each problem of the sheet in words: its row, its column, and what is wrong. */
    public List<String> getImportProblems() {
        return importProblems.stream().map(p -> p.row() == 0 ? messages.text(p.messageKey())
                : p.column() == null ? messages.format("actionPlanImport.problem.row", "row", p.row()) + " " + messages.text(p.messageKey())
                : messages.format2("actionPlanImport.problem.cell", "row", p.row(), "column", p.column()) + " " + messages.text(p.messageKey()))
                .toList();
    }

    public List<ActionPlanPage.ThemeView> getThemes() {
        if (themes == null) {
            themes = ActionPlanPage.views(plan.getId(), plans, messages, em, false);
        }
        return themes;
    }

    public List<String> getThemeTitles() {
        return plans.themes(plan.getId()).stream().map(PlanTheme::getTitle).toList();
    }

    public List<Rag> getStatuses() {
        return List.of(Rag.values());
    }

    /** What was just saved ("created", "texts", "published", "withdrawn", "action", "imported"), or null. */
    public String getSaved() {
        String saved = parameter("saved");
        return saved != null && saved.matches("created|texts|published|withdrawn|action|imported") ? saved : null;
    }

    public String getImportedCount() {
        String count = parameter("count");
        return count != null && count.matches("[0-9]{1,4}") ? count : "0";
    }

    public String getLanguage() {
        return messages.getLanguage().tag();
    }

    public boolean isWriter() {
        return security.isCallerInRole(StaffActionPlansPage.WRITER);
    }

    public boolean isPublisher() {
        return security.isCallerInRole(StaffActionPlansPage.PUBLISHER);
    }
}
