package org.involveportal.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.FormValues;

/**
 * What staff type for a meeting: the London day and times, venue and/or online link, places, support
 * available, and a title and details in each language (English required). Knows its own problems.
 */
public class MeetingForm {

    /** The languages staff may write it in: every language of the portal; English is required. */
    public static final List<String> LANGUAGES = Language.tags();

    /** One language's words. */
    public static final class Words {
        private String title = "";
        private String details = "";

        public String getTitle() {
            return title;
        }

        public String getDetails() {
            return details;
        }
    }

    private final Map<String, Words> words = new LinkedHashMap<>();
    private String day = "";
    private String startTime = "";
    private String endTime = "";
    private String venue = "";
    private String onlineLink = "";
    private String capacity = "";
    private final Set<Support> support = EnumSet.noneOf(Support.class);

    public MeetingForm() {
        LANGUAGES.forEach(language -> words.put(language, new Words()));
    }

    public static MeetingForm from(HttpServletRequest request) {
        var form = new MeetingForm();
        for (String language : LANGUAGES) {
            var w = form.words.get(language);
            w.title = value(request, "title-" + language);
            w.details = value(request, "details-" + language);
        }
        form.day = value(request, "day").trim();
        form.startTime = value(request, "start").trim();
        form.endTime = value(request, "end").trim();
        form.venue = value(request, "venue");
        form.onlineLink = value(request, "link").trim();
        form.capacity = value(request, "capacity").trim();
        var chosen = request.getParameterValues("support");
        if (chosen != null) {
            Arrays.stream(Support.values()).filter(s -> Arrays.asList(chosen).contains(s.name())).forEach(form.support::add);
        }
        return form;
    }

    public static MeetingForm from(Meeting meeting) {
        var form = new MeetingForm();
        for (String language : LANGUAGES) {
            if (meeting.hasTextIn(language)) {
                var text = meeting.textIn(language);
                form.words.get(language).title = text.getTitle();
                form.words.get(language).details = text.getDetails() == null ? "" : text.getDetails();
            }
        }
        var starts = meeting.getStartsAt().atZone(ClockProducer.LONDON);
        form.day = starts.toLocalDate().toString();
        form.startTime = starts.toLocalTime().toString();
        form.endTime = meeting.getEndsAt().atZone(ClockProducer.LONDON).toLocalTime().toString();
        form.venue = meeting.getVenue() == null ? "" : meeting.getVenue();
        form.onlineLink = meeting.getOnlineLink() == null ? "" : meeting.getOnlineLink();
        form.capacity = String.valueOf(meeting.getCapacity());
        form.support.addAll(meeting.getSupport());
        return form;
    }

    /** Field id to the bundle key of its problem, in form order. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            var w = words.get(language);
            boolean required = "en".equals(language) || !FormRules.isBlank(w.details);
            if (required && FormRules.isBlank(w.title)) {
                problems.put("title-" + language, "meetingEditor.error.title");
            } else if (FormRules.length(w.title) > 200) {
                problems.put("title-" + language, "meetingEditor.error.tooLong");
            }
            if (FormRules.length(w.details) > 2000) {
                problems.put("details-" + language, "meetingEditor.error.tooLong");
            }
        }
        if (FormValues.day(day) == null) {
            problems.put("day", "meetingEditor.error.day");
        }
        if (FormValues.time(startTime) == null) {
            problems.put("start", "meetingEditor.error.time");
        }
        if (FormValues.time(endTime) == null) {
            problems.put("end", "meetingEditor.error.time");
        } else if (FormValues.time(startTime) != null && !FormValues.time(endTime).isAfter(FormValues.time(startTime))) {
            problems.put("end", "meetingEditor.error.endAfterStart");
        }
        if (FormRules.isBlank(venue) && FormRules.isBlank(onlineLink)) {
            problems.put("venue", "meetingEditor.error.place");
        } else if (FormRules.length(venue) > 500) {
            problems.put("venue", "meetingEditor.error.tooLong");
        }
        if (!FormRules.isBlank(onlineLink) && (!onlineLink.startsWith("https://") || onlineLink.length() > 1000)) {
            problems.put("link", "meetingEditor.error.link");
        }
        int places = FormValues.wholeNumber(capacity);
        if (places < 1 || places > 10_000) {
            problems.put("capacity", "meetingEditor.error.capacity");
        }
        return problems;
    }

    Instant startsAt() {
        return FormValues.day(day).atTime(FormValues.time(startTime)).atZone(ClockProducer.LONDON).toInstant();
    }

    Instant endsAt() {
        return FormValues.day(day).atTime(FormValues.time(endTime)).atZone(ClockProducer.LONDON).toInstant();
    }

    int capacity() {
        return FormValues.wholeNumber(capacity);
    }

    /** The words as the meeting keeps them; null for an empty language. */
    MeetingText textFor(String language) {
        var w = words.get(language);
        if (FormRules.isBlank(w.title)) {
            return null;
        }
        return new MeetingText(w.title.trim(), w.details);
    }

    Set<Support> support() {
        return support;
    }

    public Words words(String language) {
        return words.get(language);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public boolean hasSupport(Support s) {
        return support.contains(s);
    }

    public String getDay() {
        return day;
    }

    public String getStartTime() {
        return startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getCapacity() {
        return capacity;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
