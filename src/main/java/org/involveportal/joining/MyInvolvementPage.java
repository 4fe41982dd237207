package org.involveportal.joining;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.involveportal.forum.ForumRuleViolation;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.forum.MeetingService;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.InvolvementHistories;
import org.involveportal.people.SignedInResident;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;

/**
 * "My involvement": the signed-in resident's groups and requests, and the meetings they have a place at
 * or are waiting for (with their place in line), with "Cancel my place" and "Leave group". Every action
 * is for the signed-in resident only: the form names a meeting or group, never a person.
 */
@Named("myInvolvement")
@RequestScoped
public class MyInvolvementPage extends PageBean {

    /** One group on the page. */
    public record GroupRow(String slug, String groupName, String href, String status) {
    }

    /** One meeting on the page; {@code waitingPosition} is null for a place. */
    public record MeetingRow(long meetingId, String groupName, String href, String title, String when, String status,
                             Integer waitingPosition) {
    }

    /** What the page can say was just done, here or on the join and register pages. */
    private static final Set<String> DONE = Set.of("cancel", "leave", "joined", "requested", "registered", "waitlisted", "updated");

    @Inject
    private SignedInResident signedIn;

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private ForumResidentData data;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    @Inject
    private InvolvementHistories histories;

    private long residentId;
    private String done;
    private String problem;
    private List<GroupRow> groupRows = List.of();
    private List<MeetingRow> meetingRows = List.of();
    private HistoryView history;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var id = signedIn.id();
        if (id.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        if (!isPost()) {
            String told = parameter("done");
            done = told != null && DONE.contains(told) ? told : null;
        }
        // an action that fails changes nothing (its transaction is rolled back), so the lists stay as read here
        loadRows();
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            switch (action) {
                case "cancel" -> {
                    var meetingId = parseId(parameter("meeting"));
                    if (meetingId.isEmpty()) {
                        badRequest();
                        return;
                    }
                    meetings.cancel(meetingId.get(), residentId, null);
                }
                case "leave" -> groups.leave(String.valueOf(parameter("group")), residentId);
                default -> {
                    badRequest();
                    return;
                }
            }
            redirectToPage("/account/involvement?done=" + action);
        } catch (ForumRuleViolation violation) {
            problem = violation.messageKey();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ForumRuleViolation violation)) {
                throw e;
            }
            problem = violation.messageKey();
        }
    }

    private void loadRows() {
        var language = messages.getLanguage();
        groupRows = groups.membershipsOf(residentId).stream().map(m -> {
            var group = m.getGroup();
            return new GroupRow(group.getSlug(), group.textIn(group.textLanguage(language.tag())).getName(),
                    links.href("/groups/" + group.getSlug()), messages.text("joining.membership." + m.getStatus()));
        }).toList();
        meetingRows = data.activeRegistrations(residentId).stream().map(r -> {
            var meeting = r.getMeeting();
            var group = meeting.getGroup();
            boolean waiting = r.getStatus() == MeetingRegistration.Status.WAITLISTED;
            return new MeetingRow(meeting.getId(), group.textIn(group.textLanguage(language.tag())).getName(),
                    links.href("/groups/" + group.getSlug()), meeting.textIn(meeting.textLanguage(language.tag())).getTitle(),
                    DateFormatting.dateAndTime(meeting.getStartsAt(), language),
                    messages.text("joining.registration." + r.getStatus()), waiting ? Integer.valueOf(meeting.placeInLine(residentId)) : null);
        }).toList();
        history = HistoryView.of(histories.of(residentId, language), messages);
    }

    /** What the resident has taken part in, with the totals. */
    public HistoryView getHistory() {
        return history;
    }

    static Optional<Long> parseId(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    public String getDone() {
        return done;
    }

    public String getProblem() {
        return problem;
    }

    public List<GroupRow> getGroupRows() {
        return groupRows;
    }

    public List<MeetingRow> getMeetingRows() {
        return meetingRows;
    }
}
