package org.involveportal.activity;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.Support;
import org.involveportal.i18n.Language;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.FormValues;

/**
 * What staff type for an activity: in each language (English required) a title, what it is about, the place and its
 * access; then its kind, ladder level, topic, who it is for, the London day and times, places, support, whether it is
 * paid and whether residents see it. Knows its own problems; keeps what was typed, valid or not.
 */
public class ActivityForm {

    /** Every language of the portal; English is required. */
    public static final List<String> LANGUAGES = Language.tags();
    /** The parts of each language with their longest length, as the columns hold them. */
    static final Map<String, Integer> PARTS = Map.of("title", 200, "summary", 2000, "venue", 500, "access", 2000);
    private static final List<String> PART_ORDER = List.of("title", "summary", "venue", "access");

    private final Map<String, Map<String, String>> words = new LinkedHashMap<>();
    private String kind = "";
    private String ladder = "";
    private String topic = "";
    private String who = "";
    private String day = "";
    private String startTime = "";
    private String endTime = "";
    private String places = "";
    private boolean paid;
    private boolean published;
    /** The id of the course people need first, or blank for none. */
    private String course = "";
    private final Set<Support> support = EnumSet.noneOf(Support.class);

    public ActivityForm() {
        for (String language : LANGUAGES) {
            var parts = new LinkedHashMap<String, String>();
            PART_ORDER.forEach(part -> parts.put(part, ""));
            words.put(language, parts);
        }
    }

    public static ActivityForm from(HttpServletRequest request) {
        var form = new ActivityForm();
        for (String language : LANGUAGES) {
            for (String part : PART_ORDER) {
                form.words.get(language).put(part, value(request, part + "-" + language));
            }
        }
        form.kind = value(request, "kind").trim();
        form.ladder = value(request, "ladder").trim();
        form.topic = value(request, "topic").trim();
        form.who = value(request, "who").trim();
        form.day = value(request, "day").trim();
        form.startTime = value(request, "start").trim();
        form.endTime = value(request, "end").trim();
        form.places = value(request, "places").trim();
        form.paid = "yes".equals(request.getParameter("paid"));
        form.published = "yes".equals(request.getParameter("publish"));
        form.course = value(request, "course").trim();
        var chosen = request.getParameterValues("support");
        if (chosen != null) {
            var names = Arrays.asList(chosen);
            Arrays.stream(Support.values()).filter(s -> names.contains(s.name())).forEach(form.support::add);
        }
        return form;
    }

    public static ActivityForm from(Activity activity) {
        var form = new ActivityForm();
        for (String language : LANGUAGES) {
            if (activity.hasTextIn(language)) {
                var text = activity.textIn(language);
                var w = form.words.get(language);
                w.put("title", text.getTitle());
                w.put("summary", text.getSummary());
                w.put("venue", text.getVenue() == null ? "" : text.getVenue());
                w.put("access", text.getAccess() == null ? "" : text.getAccess());
            }
        }
        form.kind = activity.getKind().name();
        form.ladder = activity.getLadder().name();
        form.topic = activity.getTopic().name();
        form.who = activity.getClientGroup().name();
        var starts = activity.getStartsAt().atZone(ClockProducer.LONDON);
        form.day = starts.toLocalDate().toString();
        form.startTime = starts.toLocalTime().toString();
        form.endTime = activity.getEndsAt().atZone(ClockProducer.LONDON).toLocalTime().toString();
        form.places = String.valueOf(activity.getPlaces());
        form.paid = activity.isPaid();
        form.published = activity.isPublished();
        form.support.addAll(activity.getSupport());
        form.course = activity.getRequiresCourseId() == null ? "" : String.valueOf(activity.getRequiresCourseId());
        return form;
    }

    /** Field id to the bundle key of its problem, in form order: a language begun needs its title and summary. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            var w = words.get(language);
            boolean required = "en".equals(language) || !isEmpty(language);
            if (required && FormRules.isBlank(w.get("title"))) {
                problems.put("title-" + language, "activityEditor.error.title");
            }
            if (required && FormRules.isBlank(w.get("summary"))) {
                problems.put("summary-" + language, "activityEditor.error.summary");
            }
            for (String part : PART_ORDER) {
                if (FormRules.length(w.get(part)) > PARTS.get(part)) {
                    problems.putIfAbsent(part + "-" + language, "activityEditor.error.tooLong");
                }
            }
        }
        if (FormValues.one(ActivityKind.class, kind) == null) {
            problems.put("kind", "activityEditor.error.kind");
        }
        if (FormValues.one(LadderLevel.class, ladder) == null) {
            problems.put("ladder", "activityEditor.error.ladder");
        }
        if (FormValues.one(Topic.class, topic) == null) {
            problems.put("topic", "activityEditor.error.topic");
        }
        if (FormValues.one(ClientGroup.class, who) == null) {
            problems.put("who", "activityEditor.error.who");
        }
        if (FormValues.day(day) == null) {
            problems.put("day", "activityEditor.error.day");
        }
        if (FormValues.time(startTime) == null) {
            problems.put("start", "activityEditor.error.time");
        }
        if (FormValues.time(endTime) == null) {
            problems.put("end", "activityEditor.error.time");
        } else if (FormValues.time(startTime) != null && !FormValues.time(endTime).isAfter(FormValues.time(startTime))) {
            problems.put("end", "activityEditor.error.endAfterStart");
        }
        int count = FormValues.wholeNumber(places);
        if (count < 1 || count > Activity.MOST_PLACES) {
            problems.put("places", "activityEditor.error.places");
        }
        if (!course.isEmpty() && getCourseId() == null) {
            problems.put("course", "activityEditor.error.course");
        }
        return problems;
    }

    /** Everything but the words, onto the activity (the form has no problems). */
    void applyTo(Activity activity) {
        activity.describe(ActivityKind.valueOf(kind), LadderLevel.valueOf(ladder), Topic.valueOf(topic), ClientGroup.valueOf(who), paid)
                .schedule(startsAt(), endsAt(), FormValues.wholeNumber(places))
                .offer(support);
        for (String language : LANGUAGES) {
            if (isEmpty(language)) {
                activity.removeText(language);
            } else {
                activity.putText(language, textFor(language));
            }
        }
        activity.setPublished(published);
        activity.requireCourse(getCourseId());
    }

    /** The course chosen as needed first, or null for none (or for a value that is not an id: see {@link #problems()}). */
    public Long getCourseId() {
        return course.matches("[1-9][0-9]{0,17}") ? Long.valueOf(course) : null;
    }

    public String getCourse() {
        return course;
    }

    ActivityText textFor(String language) {
        var w = words.get(language);
        return new ActivityText(w.get("title"), w.get("summary"), w.get("venue"), w.get("access"));
    }

    /** The new activity's address from its English title: "Quality Checker visit" is {@code quality-checker-visit}. */
    String slugBase() {
        String ascii = Normalizer.normalize(words.get("en").get("title"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ascii = ascii.length() > 80 ? ascii.substring(0, 80).replaceAll("-$", "") : ascii;
        return ascii.isEmpty() ? "activity" : ascii;
    }

    boolean isPublished() {
        return published;
    }

    private Instant startsAt() {
        return FormValues.day(day).atTime(FormValues.time(startTime)).atZone(ClockProducer.LONDON).toInstant();
    }

    private Instant endsAt() {
        return FormValues.day(day).atTime(FormValues.time(endTime)).atZone(ClockProducer.LONDON).toInstant();
    }

    public boolean isEmpty(String language) {
        return words.get(language).values().stream().allMatch(FormRules::isBlank);
    }

    public String word(String language, String part) {
        return words.get(language).get(part);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public boolean hasSupport(Support s) {
        return support.contains(s);
    }

    public String getKind() {
        return kind;
    }

    public String getLadder() {
        return ladder;
    }

    public String getTopic() {
        return topic;
    }

    public String getWho() {
        return who;
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

    public String getPlaces() {
        return places;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isPublishedChosen() {
        return published;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
