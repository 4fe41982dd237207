package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * A meeting for staff (editor role): the access-needs summary to plan with, the registrations and
 * waiting list, attendance, cancelling for someone who phoned, and minutes per language.
 */
@Named
@RequestScoped
public class StaffMeetingPage extends PageBean {

    @Inject
    private MeetingService meetings;

    @Inject
    private Messages messages;

    private Meeting meeting;
    private String done;

    @Override
    protected void load() {
        if (!allowed(GroupEditorPage.ROLE)) { // also refuses a forged post from another role
            return;
        }
        var id = MeetingEditorPage.parseId(String.valueOf(parameter("m")));
        meeting = id.flatMap(meetings::findWithRegistrations).orElse(null);
        if (meeting == null) {
            notFound();
            return;
        }
        if (!isPost()) {
            done = parameter("done");
        }
    }

    @Override
    protected void post() {
        String actor = staffMember();
        String action = String.valueOf(parameter("action"));
        var resident = MeetingEditorPage.parseId(String.valueOf(parameter("resident")));
        try {
            switch (action) {
                case "attended", "absent" -> meetings.markAttendance(meeting.getId(), resident.orElse(-1L), "attended".equals(action), actor);
                case "cancel" -> meetings.cancel(meeting.getId(), resident.orElse(-1L), actor);
                case "minutes" -> {
                    String language = MeetingForm.LANGUAGES.contains(parameter("language")) ? parameter("language") : "en";
                    String html = parameter("minutes-" + language);
                    String easy = parameter("easy-" + language);
                    if (html != null && html.length() > 200_000) {
                        problem("minutes-" + language, "meetingEditor.error.tooLong");
                    }
                    if (easy != null && easy.length() > 200_000) {
                        problem("easy-" + language, "meetingEditor.error.tooLong");
                    }
                    if (hasErrors()) {
                        return;
                    }
                    meetings.publishMinutes(meeting.getId(), language, html, easy, actor);
                }
                default -> {
                    badRequest();
                    return;
                }
            }
        } catch (ForumRuleViolation violation) {
            problem("minutes".equals(action) ? "minutes-" + parameter("language") : "registrations", violation.messageKey());
            return;
        }
        redirectTo("/staff/meeting?m=" + meeting.getId() + "&done=" + action);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDone() {
        return done;
    }

    public String getTitle() {
        return meeting.textIn(messages.getLanguage().tag()).getTitle();
    }

    public String getGroupName() {
        return meeting.getGroup().textIn(messages.getLanguage().tag()).getName();
    }

    public String getWhen() {
        return DateFormatting.dateAndTime(meeting.getStartsAt(), messages.getLanguage());
    }

    public boolean isStarted() {
        return !meetings.now().isBefore(meeting.getStartsAt());
    }

    public Meeting.AccessSummary getSummary() {
        return meeting.accessSummary();
    }

    public List<Support> getSupports() {
        return List.of(Support.values());
    }

    /** Registrations with a place, then the waiting list in order, then cancelled ones. */
    public List<MeetingRegistration> getRegistrations() {
        return meeting.getRegistrations().stream()
                .sorted(Comparator.comparing((MeetingRegistration r) -> switch (r.getStatus()) {
                    case ATTENDED, REGISTERED -> 0;
                    case WAITLISTED -> 1;
                    case CANCELLED -> 2;
                }).thenComparing(r -> r.getWaitlistPosition() == null ? 0 : r.getWaitlistPosition())
                        .thenComparing(MeetingRegistration::getRegisteredAt))
                .toList();
    }

    public int placeInLine(MeetingRegistration registration) {
        return meeting.placeInLine(registration.getResidentId());
    }

    public String supportOf(MeetingRegistration registration) {
        return String.join(", ", registration.getSupportNeeded().stream().sorted()
                .map(s -> messages.text("support." + s.name())).toList());
    }

    public List<String> getLanguages() {
        return MeetingForm.LANGUAGES;
    }

    /** What is typed in the minutes box: what was posted (after a problem), else what is published. */
    public String minutes(String language) {
        String posted = parameter("minutes-" + language);
        if (posted != null) {
            return posted;
        }
        var published = meeting.minutesWrittenIn(language);
        return published == null ? "" : published.getHtml();
    }

    public String easyMinutes(String language) {
        String posted = parameter("easy-" + language);
        if (posted != null) {
            return posted;
        }
        var published = meeting.minutesWrittenIn(language);
        return published == null || published.getEasyReadHtml() == null ? "" : published.getEasyReadHtml();
    }

    public boolean hasMinutes(String language) {
        return meeting.minutesWrittenIn(language) != null;
    }
}
