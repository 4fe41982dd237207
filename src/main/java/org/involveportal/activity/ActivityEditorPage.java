package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.Support;
import org.involveportal.training.Course;
import org.involveportal.training.TrainingService;
import org.involveportal.web.page.PageBean;

/**
 * Writing an activity (staff, editor role): a section per language, then what it is, when, places, support, payment
 * and whether residents see it. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class ActivityEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ActivityService activities;

    @Inject
    private ActivityEditing editing;

    @Inject
    private TrainingService training;

    private String slug;
    private ActivityForm form = new ActivityForm();

    @Override
    protected void load() {
        if (!allowed(StaffActivitiesPage.ROLE)) { // a forged post from another role is refused here too
            return;
        }
        slug = parameter("a");
        if (slug != null) {
            var existing = activities.findBySlug(slug);
            if (existing.isEmpty()) {
                notFound();
                return;
            }
            form = ActivityForm.from(existing.get());
        }
    }

    @Override
    protected void post() {
        form = ActivityForm.from(request);
        problems(form.problems());
        if (form.getCourseId() != null && training.find(form.getCourseId()).isEmpty()) {
            problem("course", "activityEditor.error.course");
        }
        if (hasErrors()) {
            return;
        }
        String actor = staffMember();
        if (slug == null) {
            slug = editing.create(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        redirectTo("/staff/activity-edit?a=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    public boolean isNew() {
        return slug == null;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }

    public boolean isPublished() {
        return form.isPublishedChosen();
    }

    public ActivityForm getForm() {
        return form;
    }

    public List<ActivityKind> getKinds() {
        return List.of(ActivityKind.values());
    }

    public List<LadderLevel> getLadderLevels() {
        return List.of(LadderLevel.values());
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    /** The courses an activity may ask people to have done first. */
    public List<Course> getCourses() {
        return training.findAll();
    }

    public List<Support> getSupports() {
        return List.of(Support.values());
    }
}
