package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.involveportal.web.page.PageBean;

/**
 * The action plans for staff ({@code /staff/action-plans}): each with whether residents see it and its counts by
 * status, and a form for a new plan. Editors write plans and their actions; publishers make plans public and publish
 * their progress updates (see {@code StaffPageAccess}).
 */
@Named
@RequestScoped
public class StaffActionPlansPage extends PageBean {

    static final String WRITER = "EDITOR";
    static final String PUBLISHER = "PUBLISHER";

    @Inject
    private HttpServletRequest request;

    @Inject
    private ActionPlanService plans;

    @Inject
    private ActionPlanEditing editing;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private PlanTextForm form = PlanTextForm.empty();

    /** One plan as staff see it in the list (its English title: staff write English first). */
    public record Row(String slug, String title, boolean published, Map<Rag, Long> counts, long followers) {
        public long count(String rag) {
            return counts.get(Rag.valueOf(rag));
        }
    }

    @Override
    protected void load() {
        if (!allowed(WRITER, PUBLISHER)) {
            return;
        }
        rows = plans.findAll().stream()
                .map(p -> new Row(p.getSlug(), p.textIn("en").getTitle(), p.isPublished(), plans.countsByStatus(p.getId()),
                        plans.followerCount(p.getId())))
                .toList();
    }

    @Override
    protected void post() {
        if (!allowed(WRITER)) {
            return;
        }
        form = PlanTextForm.from(request);
        problems(form.problems());
        if (hasErrors()) {
            return;
        }
        var plan = editing.create(form.texts(), staffMember());
        redirectTo("/staff/action-plan?p=" + URLEncoder.encode(plan.getSlug(), StandardCharsets.UTF_8) + "&saved=created");
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Rag> getStatuses() {
        return List.of(Rag.values());
    }

    public boolean isWriter() {
        return security.isCallerInRole(WRITER);
    }

    public PlanTextForm getForm() {
        return form;
    }
}
