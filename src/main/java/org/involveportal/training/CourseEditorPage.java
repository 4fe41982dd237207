package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.PageBean;

/**
 * Writing a course (staff, editor role): its title and description in each language (English required) and whether
 * residents see it; then its sessions, each with a link to change it and to who booked. A plain form: what was
 * typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class CourseEditorPage extends PageBean {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;

    @Inject
    private TrainingService training;

    @Inject
    private TrainingEditing editing;

    @Inject
    private Messages messages;

    private Course course;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private boolean published;

    /** A session as the editor lists it. */
    public record SessionRow(long id, String when, int places, long booked) {
    }

    @Override
    protected void load() {
        if (!allowed(StaffTrainingPage.ROLE)) {
            return;
        }
        for (String language : Language.tags()) {
            titles.put(language, "");
            descriptions.put(language, "");
        }
        String slug = parameter("c");
        if (slug != null) {
            course = training.findBySlug(slug).orElse(null);
            if (course == null) {
                notFound();
                return;
            }
            for (String language : Language.tags()) {
                if (course.hasTextIn(language)) {
                    titles.put(language, course.textIn(language).getTitle());
                    descriptions.put(language, course.textIn(language).getDescription());
                }
            }
            published = course.isPublished();
        }
    }

    @Override
    protected void post() {
        var texts = new LinkedHashMap<String, CourseText>();
        for (String language : Language.tags()) {
            String title = typed("title-" + language);
            String description = typed("description-" + language);
            titles.put(language, title);
            descriptions.put(language, description);
            boolean begun = !FormRules.isBlank(title) || !FormRules.isBlank(description);
            if ("en".equals(language) || begun) {
                if (FormRules.isBlank(title)) {
                    problem("title-" + language, "courseEditor.error.title");
                } else if (FormRules.length(title) > TITLE_MAX) {
                    problem("title-" + language, "courseEditor.error.tooLong");
                }
                if (FormRules.isBlank(description)) {
                    problem("description-" + language, "courseEditor.error.description");
                } else if (FormRules.length(description) > DESCRIPTION_MAX) {
                    problem("description-" + language, "courseEditor.error.tooLong");
                }
                texts.put(language, new CourseText(title, description));
            }
        }
        published = "yes".equals(parameter("publish"));
        if (hasErrors()) {
            return;
        }
        String slug;
        if (course == null) {
            slug = editing.createCourse(texts, published, staffMember()).getSlug();
        } else {
            slug = course.getSlug();
            editing.updateCourse(slug, texts, published, staffMember());
        }
        redirectTo("/staff/course-edit?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    public boolean isNew() {
        return course == null;
    }

    public String getSlug() {
        return course == null ? null : course.getSlug();
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }

    public boolean isPublished() {
        return published;
    }

    public List<String> getLanguages() {
        return Language.tags();
    }

    public String title(String language) {
        return titles.get(language);
    }

    public String description(String language) {
        return descriptions.get(language);
    }

    public List<SessionRow> getSessions() {
        if (course == null) {
            return List.of();
        }
        var booked = training.bookedCounts();
        return training.sessionsOf(course.getId()).stream()
                .map(s -> new SessionRow(s.getId(), DateFormatting.dateAndTime(s.getStartsAt(), messages.getLanguage()), s.getPlaces(),
                        booked.getOrDefault(s.getId(), 0L)))
                .toList();
    }
}
