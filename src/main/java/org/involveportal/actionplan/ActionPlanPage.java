package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Consultation;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/**
 * One plan's page ({@code /action-plans/{slug}}): its themes and actions, each with its lead, timescale, status in words,
 * outcome, latest progress and history, and links to where it came from; the counts by status; and the form to follow
 * it. The same for every visitor, so it can be kept: whether the reader follows it is on the follow page.
 */
@Named
@RequestScoped
public class ActionPlanPage extends PageBean {

    @Inject
    private ActionPlanService plans;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    @PersistenceContext
    private EntityManager em;

    private ActionPlan plan;
    private ActionPlanText text;
    private Language textLanguage;
    private List<ThemeView> themes;
    private Map<Rag, Long> counts;

    /** A theme and its actions. */
    public record ThemeView(long id, String title, List<ActionView> actions) {
    }

    /** An action as residents see it: its history newest first (the first is the latest progress). */
    public record ActionView(long id, String what, String lead, String timescale, Rag rag, boolean overdue, String outcome,
                             List<UpdateView> history, List<Link> links) {
        public UpdateView getLatest() {
            return history.isEmpty() ? null : history.get(0);
        }

        public List<UpdateView> getEarlier() {
            return history.size() < 2 ? List.of() : history.subList(1, history.size());
        }
    }

    /** One progress update: its day in words, what happened, and the status it left the action at. */
    public record UpdateView(String day, String isoDay, String words, Rag rag) {
    }

    /** Where an action came from: the kind of thing (its label key), its title and language, and its address. */
    public record Link(String kindKey, String title, Language language, String path) {
    }

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        plan = slug == null ? null : plans.findPublished(slug).orElse(null);
        if (plan == null) {
            notFound();
            return;
        }
        String reader = messages.getLanguage().tag();
        text = plan.textIn(reader);
        textLanguage = plan.languageShownTo(reader);
        counts = plans.countsByStatus(plan.getId());
        themes = views(plan.getId(), plans, messages, em, true);
    }

    /** The plan's themes and actions as pages show them (public links only to what residents can see). */
    static List<ThemeView> views(long planId, ActionPlanService plans, Messages messages, EntityManager em, boolean publicOnly) {
        Language dates = messages.languageOf("actionPlan.lead");
        var today = plans.today();
        var updates = plans.updates(planId);
        var actions = plans.actions(planId);
        var result = new ArrayList<ThemeView>();
        for (var theme : plans.themes(planId)) {
            var views = new ArrayList<ActionView>();
            for (var action : actions) {
                if (action.getThemeId() != theme.getId()) {
                    continue;
                }
                var history = updates.getOrDefault(action.getId(), List.of()).stream()
                        .map(u -> new UpdateView(DateFormatting.date(u.getProgressOn(), dates), u.getProgressOn().toString(), u.getWords(), u.getRag()))
                        .toList();
                views.add(new ActionView(action.getId(), action.getWhat(), action.getLead(), timescale(action.timescale(), messages, dates),
                        action.getRag(), action.overdueOn(today), action.getOutcome(), history, links(action, messages, em, publicOnly)));
            }
            result.add(new ThemeView(theme.getId(), theme.getTitle(), views));
        }
        return result;
    }

    static String timescale(Timescale timescale, Messages messages, Language dates) {
        if (timescale.day() != null) {
            return messages.format("actionPlan.due.day", "day", DateFormatting.date(timescale.day(), dates));
        }
        return messages.format2("actionPlan.due.quarter", "quarter", timescale.quarterNumber(), "year", String.valueOf(timescale.quarterYear()));
    }

    private static List<Link> links(PlanAction action, Messages messages, EntityManager em, boolean publicOnly) {
        String reader = messages.getLanguage().tag();
        var links = new ArrayList<Link>();
        if (action.getConsultationId() != null) {
            var c = em.find(Consultation.class, action.getConsultationId());
            if (c != null && (c.isPublished() || !publicOnly)) {
                links.add(new Link("actionPlan.from.consultation", c.textIn(reader).getTitle(), c.languageShownTo(reader),
                        "/consultations/" + c.getSlug()));
            }
        }
        if (action.getFeedbackConsultationId() != null) {
            var c = em.find(Consultation.class, action.getFeedbackConsultationId());
            if (c != null && (c.getFeedbackPublishedAt() != null || !publicOnly)) {
                links.add(new Link("actionPlan.from.feedback", c.textIn(reader).getTitle(), c.languageShownTo(reader),
                        "/consultations/" + c.getSlug() + "#feedback"));
            }
        }
        if (action.getGroupId() != null) {
            var g = em.find(InvolvementGroup.class, action.getGroupId());
            if (g != null) {
                links.add(new Link("actionPlan.from.group", g.textIn(reader).getName(), g.languageShownTo(reader), "/groups/" + g.getSlug()));
            }
        }
        return links;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public ActionPlanText getText() {
        return text;
    }

    public Language getTextLanguage() {
        return textLanguage;
    }

    public List<ThemeView> getThemes() {
        return themes;
    }

    public List<Rag> getStatuses() {
        return List.of(Rag.values());
    }

    public long count(String rag) {
        return counts.get(Rag.valueOf(rag));
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
