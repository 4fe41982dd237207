package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.forum.Support;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.training.Course;
import org.involveportal.training.TrainingService;
import org.involveportal.web.page.PageBean;

/**
 * One activity's page ({@code /activities/{slug}}): what it is, its rung of the ladder, who it is for, when and where,
 * access and support, places and payment, and the way to say you are interested. The same for every visitor, so it
 * can be kept; whether the reader is already interested is on the interest page.
 */
@Named
@RequestScoped
public class ActivityPage extends PageBean {

    @Inject
    private ActivityService activities;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    @Inject
    private TrainingService training;

    private Activity activity;
    private ActivityText text;
    private Language textLanguage;
    private String day;
    private String from;
    private String to;
    private boolean open;
    private Course course;

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        activity = slug == null ? null : activities.findPublished(slug).orElse(null);
        if (activity == null) {
            notFound();
            return;
        }
        String reader = messages.getLanguage().tag();
        text = activity.textIn(reader);
        textLanguage = activity.languageShownTo(reader);
        Language dates = messages.languageOf("activity.when");
        day = DateFormatting.date(activity.getStartsAt(), dates);
        from = DateFormatting.time(activity.getStartsAt(), dates);
        to = DateFormatting.time(activity.getEndsAt(), dates);
        open = activity.interestOpenAt(activities.now());
        course = activity.getRequiresCourseId() == null ? null
                : training.find(activity.getRequiresCourseId()).filter(Course::isPublished).orElse(null);
    }

    /** The published course people need to have done first, or null. */
    public Course getCourse() {
        return course;
    }

    public String getCourseTitle() {
        return course.textIn(messages.getLanguage().tag()).getTitle();
    }

    public Language getCourseLanguage() {
        return course.languageShownTo(messages.getLanguage().tag());
    }

    public Activity getActivity() {
        return activity;
    }

    public ActivityText getText() {
        return text;
    }

    public Language getTextLanguage() {
        return textLanguage;
    }

    public String getDay() {
        return day;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public boolean isOpen() {
        return open;
    }

    public List<Support> getSupport() {
        return activity.getSupport().stream().sorted().toList();
    }
}
