package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.PageBean;

/**
 * A session of a course (staff, editor role): the London day and times, the place and its access, and the places
 * (never fewer than are booked). A new one without {@code s}, a change to one with it.
 */
@Named
@RequestScoped
public class SessionEditorPage extends PageBean {

    @Inject
    private TrainingService training;

    @Inject
    private TrainingEditing editing;

    private Course course;
    private TrainingSession session;
    private String day = "";
    private String start = "";
    private String end = "";
    private String places = "";
    private String venue = "";
    private String access = "";

    @Override
    protected void load() {
        if (!allowed(StaffTrainingPage.ROLE)) {
            return;
        }
        course = training.findBySlug(String.valueOf(parameter("c"))).orElse(null);
        if (course == null) {
            notFound();
            return;
        }
        String s = parameter("s");
        if (s != null) {
            session = s.matches("[1-9][0-9]{0,17}") ? training.findSession(Long.parseLong(s))
                    .filter(found -> found.getCourse().getId().equals(course.getId())).orElse(null) : null;
            if (session == null) {
                notFound();
                return;
            }
            var starts = session.getStartsAt().atZone(ClockProducer.LONDON);
            day = starts.toLocalDate().toString();
            start = starts.toLocalTime().toString();
            end = session.getEndsAt().atZone(ClockProducer.LONDON).toLocalTime().toString();
            places = String.valueOf(session.getPlaces());
            venue = session.getVenue();
            access = session.getAccess() == null ? "" : session.getAccess();
        }
    }

    @Override
    protected void post() {
        day = typed("day").trim();
        start = typed("start").trim();
        end = typed("end").trim();
        places = typed("places").trim();
        venue = typed("venue");
        access = typed("access");
        LocalDate d = FormValues.day(day);
        LocalTime from = FormValues.time(start);
        LocalTime to = FormValues.time(end);
        if (d == null) {
            problem("day", "activityEditor.error.day");
        }
        if (from == null) {
            problem("start", "activityEditor.error.time");
        }
        if (to == null) {
            problem("end", "activityEditor.error.time");
        } else if (from != null && !to.isAfter(from)) {
            problem("end", "activityEditor.error.endAfterStart");
        }
        int count = FormValues.wholeNumber(places);
        if (count < 1 || count > TrainingSession.MOST_PLACES) {
            problem("places", "courseEditor.error.places");
        }
        if (FormRules.isBlank(venue)) {
            problem("venue", "courseEditor.error.venue");
        } else if (FormRules.length(venue) > TrainingSession.VENUE_MAX) {
            problem("venue", "courseEditor.error.tooLong");
        }
        if (FormRules.length(access) > TrainingSession.ACCESS_MAX) {
            problem("access", "courseEditor.error.tooLong");
        }
        if (hasErrors()) {
            return;
        }
        Instant starts = d.atTime(from).atZone(ClockProducer.LONDON).toInstant();
        Instant ends = d.atTime(to).atZone(ClockProducer.LONDON).toInstant();
        try {
            editing.saveSession(course.getSlug(), session == null ? null : session.getId(), starts, ends, count, venue, access, staffMember());
        } catch (TrainingRuleViolation violation) {
            problem("places", violation.messageKey());
            return;
        }
        redirectTo("/staff/course-edit?c=" + URLEncoder.encode(course.getSlug(), StandardCharsets.UTF_8) + "&saved=true");
    }

    public String getSlug() {
        return course.getSlug();
    }

    public String getCourseTitle() {
        return course.textIn("en").getTitle();
    }

    public boolean isNew() {
        return session == null;
    }

    public Long getSessionId() {
        return session == null ? null : session.getId();
    }

    public String getDay() {
        return day;
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }

    public String getPlaces() {
        return places;
    }

    public String getVenue() {
        return venue;
    }

    public String getAccess() {
        return access;
    }
}
