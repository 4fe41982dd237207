package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** Staff list of groups (members, requests waiting) and of meetings to come (places taken, waiting). */
@Named
@RequestScoped
public class StaffGroupsPage extends PageBean {

    /** One group row. */
    public record GroupRow(String slug, String name, int members, int requests, boolean listed) {
    }

    /** One meeting row. */
    public record MeetingRow(long id, String group, String title, String when, int taken, int capacity, int waiting) {
    }

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private Messages messages;

    private List<GroupRow> groupRows;
    private List<MeetingRow> meetingRows;

    @Override
    protected void load() {
        String tag = messages.getLanguage().tag();
        var members = groups.membershipCounts(GroupMembership.Status.MEMBER);
        var requests = groups.membershipCounts(GroupMembership.Status.REQUESTED);
        groupRows = groups.findAll().stream()
                .map(g -> new GroupRow(g.getSlug(), g.textIn(tag).getName(),
                        members.getOrDefault(g.getId(), 0L).intValue(),
                        requests.getOrDefault(g.getId(), 0L).intValue(), g.isListed()))
                .sorted(java.util.Comparator.comparing(GroupRow::name))
                .toList();
        meetingRows = meetings.upcomingAll().stream()
                .map(m -> new MeetingRow(m.getId(), m.getGroup().textIn(tag).getName(), m.textIn(tag).getTitle(),
                        DateFormatting.dateAndTime(m.getStartsAt(), messages.getLanguage()), m.placesTaken(), m.getCapacity(),
                        m.waitingList().size()))
                .toList();
    }

    public List<GroupRow> getGroups() {
        return groupRows;
    }

    public List<MeetingRow> getMeetings() {
        return meetingRows;
    }
}
