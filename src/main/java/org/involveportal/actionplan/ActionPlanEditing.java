package org.involveportal.actionplan;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.ExportTable;

/**
 * Staff writing plans (editor role), publishing them and their progress updates (publisher role), importing and
 * exporting them. Every change is in the audit trail; its commit clears the public pages kept, like any public content.
 */
@Stateless
public class ActionPlanEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActionPlanService plans;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ActionMoved> moved;

    /** A new plan, not yet public, from its words by language (English required). */
    public ActionPlan create(Map<String, ActionPlanText> texts, String actor) {
        var plan = new ActionPlan(uniqueSlug(slugBase(texts.get("en").getTitle())), texts.get("en"), plans.now());
        texts.forEach(plan::putText);
        em.persist(plan);
        em.flush();
        audit.record(actor, AuditAction.ACTION_PLAN_CREATED, "action-plan", plan.getSlug(), plan.textIn("en").getTitle());
        return plan;
    }

    /** Replaces the plan's words: languages left out are removed (English stays). */
    public void editTexts(long planId, Map<String, ActionPlanText> texts, String actor) {
        var plan = plan(planId);
        for (var language : org.involveportal.i18n.Language.values()) {
            if (!texts.containsKey(language.tag())) {
                plan.removeText(language.tag());
            }
        }
        texts.forEach(plan::putText);
        audit.record(actor, AuditAction.ACTION_PLAN_EDITED, "action-plan", plan.getSlug(), null);
    }

    public void setPublished(long planId, boolean shown, String actor) {
        var plan = plan(planId);
        if (plan.isPublished() != shown) {
            plan.setPublished(shown);
            audit.record(actor, shown ? AuditAction.ACTION_PLAN_PUBLISHED : AuditAction.ACTION_PLAN_WITHDRAWN,
                    "action-plan", plan.getSlug(), null);
        }
    }

    /** Adds an action at the end of its theme (found by its title, or added at the end of the plan). */
    public PlanAction addAction(long planId, String theme, String what, String lead, Timescale due, Rag rag, String outcome,
                                Long consultationId, Long feedbackConsultationId, Long groupId, String actor) {
        var plan = plan(planId);
        var action = add(plan, theme, what, lead, due, rag, outcome);
        action.linkTo(consultationId, feedbackConsultationId, groupId);
        em.flush();
        audit.record(actor, AuditAction.PLAN_ACTION_ADDED, "action-plan", plan.getSlug(), "action " + action.getId());
        return action;
    }

    /** Changes what an action is, who leads, when, its outcome and where it comes from; its status moves only by updates. */
    public void editAction(long actionId, String what, String lead, Timescale due, String outcome,
                           Long consultationId, Long feedbackConsultationId, Long groupId, String actor) {
        var action = plans.action(actionId).orElseThrow(() -> new ActionPlanRuleViolation("actionPlan.rule.notFound"));
        action.describe(what, lead, due, action.getRag(), outcome);
        action.linkTo(consultationId, feedbackConsultationId, groupId);
        audit.record(actor, AuditAction.PLAN_ACTION_EDITED, "action-plan", plan(action.getPlanId()).getSlug(), "action " + actionId);
    }

    /**
     * Publishes a progress update: the action moves to the update's status, and once this commits each follower of
     * the plan is told, once. The action is locked, so two updates at once are put in order.
     */
    public ActionUpdate publishUpdate(long actionId, String words, Rag rag, LocalDate on, String actor) {
        var action = em.find(PlanAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new ActionPlanRuleViolation("actionPlan.rule.notFound");
        }
        var update = action.progress(words, rag, on, plans.today(), plans.updatesOf(actionId), plans.now());
        em.persist(update);
        em.flush();
        var plan = plan(action.getPlanId());
        audit.record(actor, AuditAction.ACTION_UPDATE_PUBLISHED, "action-plan", plan.getSlug(),
                "action " + actionId + " " + rag.name());
        if (plan.isPublished()) {
            moved.fire(new ActionMoved(update.getId()));
        }
        return update;
    }

    /** Adds every row of a sheet read without problems: themes by title, actions in order, progress as a first update. */
    public int importRows(long planId, List<PlanSheet.Row> rows, String actor) {
        var plan = plan(planId);
        LocalDate today = plans.today();
        for (var row : rows) {
            var action = add(plan, row.theme(), row.what(), row.lead(), row.timescale(), row.rag(), row.outcome());
            if (!row.progress().isEmpty()) {
                em.flush();
                em.persist(action.progress(row.progress(), row.rag(), today, today, List.of(), plans.now()));
            }
        }
        audit.record(actor, AuditAction.ACTION_PLAN_IMPORTED, "action-plan", plan.getSlug(), rows.size() + " actions");
        return rows.size();
    }

    /** The plan as a sheet with the import's columns: the latest progress and the status now. */
    public ExportTable export(long planId, String actor) {
        var plan = plan(planId);
        var table = new ExportTable(PlanSheet.COLUMNS.toArray(String[]::new));
        var themes = plans.themes(planId);
        var actions = plans.actions(planId);
        var updates = plans.updates(planId);
        for (var theme : themes) {
            for (var action : actions) {
                if (action.getThemeId() != theme.getId()) {
                    continue;
                }
                var history = updates.getOrDefault(action.getId(), List.of());
                table.row(theme.getTitle(), action.getWhat(), action.getLead(), action.timescale().cell(),
                        history.isEmpty() ? "" : history.get(0).getWords(), action.getRag().cell(),
                        action.getOutcome() == null ? "" : action.getOutcome());
            }
        }
        audit.record(actor, AuditAction.ACTION_PLAN_EXPORTED, "action-plan", plan.getSlug(), null);
        return table;
    }

    private PlanAction add(ActionPlan plan, String themeTitle, String what, String lead, Timescale due, Rag rag, String outcome) {
        if (themeTitle == null || themeTitle.isBlank() || themeTitle.strip().length() > PlanTheme.TITLE_MAX) {
            throw new ActionPlanRuleViolation("actionPlan.rule.theme");
        }
        var themes = plans.themes(plan.getId());
        var theme = themes.stream().filter(t -> t.getTitle().equalsIgnoreCase(themeTitle.strip())).findFirst().orElse(null);
        if (theme == null) {
            theme = new PlanTheme(plan.getId(), themes.size() + 1, themeTitle);
            em.persist(theme);
            em.flush();
        }
        int position = plans.actions(plan.getId()).size() + 1;
        var action = new PlanAction(plan.getId(), theme.getId(), position, what, lead, due, rag, outcome);
        em.persist(action);
        return action;
    }

    private ActionPlan plan(long planId) {
        return plans.find(planId).orElseThrow(() -> new ActionPlanRuleViolation("actionPlan.rule.notFound"));
    }

    /** A plan's address from its English title. */
    static String slugBase(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ascii = ascii.length() > 80 ? ascii.substring(0, 80).replaceAll("-$", "") : ascii;
        return ascii.isEmpty() ? "action-plan" : ascii;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; plans.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
