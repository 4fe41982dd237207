package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/**
 * One course's page ({@code /training/{slug}}): what it is, and its sessions to come with day, times, place, access
 * and places left, each with the way to book, or saying it is full. The same for every visitor, so it can be kept.
 */
@Named
@RequestScoped
public class CoursePage extends PageBean {

    @Inject
    private TrainingService training;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    private Course course;
    private CourseText text;
    private Language textLanguage;
    private List<SessionView> sessions;

    /** A session to come as the page shows it. */
    public record SessionView(long id, String day, String from, String to, String venue, String access, int placesLeft) {
        public boolean isFull() {
            return placesLeft == 0;
        }
    }

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        course = slug == null ? null : training.findPublished(slug).orElse(null);
        if (course == null) {
            notFound();
            return;
        }
        String reader = messages.getLanguage().tag();
        text = course.textIn(reader);
        textLanguage = course.languageShownTo(reader);
        Language dates = messages.languageOf("training.session.when");
        var now = training.now();
        var booked = training.bookedCounts();
        sessions = training.sessionsOf(course.getId()).stream().filter(s -> s.bookingOpenAt(now))
                .map(s -> new SessionView(s.getId(), DateFormatting.date(s.getStartsAt(), dates), DateFormatting.time(s.getStartsAt(), dates),
                        DateFormatting.time(s.getEndsAt(), dates), s.getVenue(), s.getAccess(),
                        s.placesLeftAfter(booked.getOrDefault(s.getId(), 0L))))
                .toList();
    }

    public Course getCourse() {
        return course;
    }

    public CourseText getText() {
        return text;
    }

    public Language getTextLanguage() {
        return textLanguage;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }
}
