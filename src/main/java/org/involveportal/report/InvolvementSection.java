package org.involveportal.report;

import static org.involveportal.report.ReportFigure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.involveportal.activity.LadderLevel;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.response.Channel;

/**
 * Who took part and how: people involved, activities held and the people who took part in them by rung of the
 * ladder, topic and who they were for, meetings attended, group members, and consultation responses by channel.
 * An activity counts in the period it starts in, a meeting likewise, a response in the period it was sent;
 * a group member counts when their membership was agreed before the period ended and still holds.
 */
@ApplicationScoped
public class InvolvementSection implements ReportSection {

    /** Published activities starting in the period. */
    static final String ACTIVITIES = "select a.id, a.ladder, a.topic, a.client_group from activity a"
            + " where a.published = true and a.starts_at >= ?1 and a.starts_at < ?2";
    /** Who came to those activities. */
    static final String TOOK_PART = "select i.resident_id from activity_interest i join activity a on a.id = i.activity_id"
            + " where i.attended = true and a.published = true and a.starts_at >= ?1 and a.starts_at < ?2";
    /** Who came to group meetings in the period. */
    static final String ATTENDED = "select g.resident_id from meeting_registration g join meeting m on m.id = g.meeting_id"
            + " where g.status = 'ATTENDED' and m.starts_at >= ?1 and m.starts_at < ?2";
    /** Members of a group by the end of the period. */
    static final String MEMBERS = "select distinct gm.resident_id from group_membership gm"
            + " where gm.status = 'MEMBER' and coalesce(gm.decided_at, gm.requested_at) < ?2";

    @PersistenceContext
    private EntityManager em;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var counts = new PeriodCounts(em, period);
        long people = counts.count("select count(*) from (" + TOOK_PART + " union " + ATTENDED + " union " + MEMBERS + ") p");
        var summary = ReportTable.of("report.involvement.summary", List.of("report.column.number"), List.of(
                ReportRow.of("report.row.peopleInvolved", count(people)),
                ReportRow.of("report.row.activitiesHeld", count(counts.count("select count(*) from (" + ACTIVITIES + ") a"))),
                ReportRow.of("report.row.activityTookPart", count(counts.count("select count(*) from (" + TOOK_PART + ") t"))),
                ReportRow.of("report.row.meetingsHeld",
                        count(counts.count("select count(*) from meeting m where m.starts_at >= ?1 and m.starts_at < ?2"))),
                ReportRow.of("report.row.meetingsAttended", count(counts.count("select count(*) from (" + ATTENDED + ") m"))),
                ReportRow.of("report.row.groupMembers", count(counts.count("select count(*) from (" + MEMBERS + ") g")))));
        var tables = new ArrayList<ReportTable>();
        tables.add(summary);
        tables.add(byActivity(counts, "ladder", "report.involvement.byLadder", "ladder.", names(LadderLevel.values())));
        tables.add(byActivity(counts, "topic", "report.involvement.byTopic", "topic.", names(Topic.values())));
        tables.add(byActivity(counts, "client_group", "report.involvement.byClientGroup", "clientGroup.", names(ClientGroup.values())));
        tables.add(byChannel(counts));
        return new ReportPart("report.involvement.title", tables);
    }

    /** Activities and the people who took part in them, by one of the activity's columns (fixed names, never typed). */
    private static ReportTable byActivity(PeriodCounts counts, String column, String caption, String keyPrefix, List<String> values) {
        Map<String, Long> activities = counts.byName("select a." + column + ", count(*) from activity a"
                + " where a.published = true and a.starts_at >= ?1 and a.starts_at < ?2 group by a." + column);
        Map<String, Long> tookPart = counts.byName("select a." + column + ", count(*) from activity_interest i"
                + " join activity a on a.id = i.activity_id where i.attended = true and a.published = true"
                + " and a.starts_at >= ?1 and a.starts_at < ?2 group by a." + column);
        var rows = new ArrayList<ReportRow>();
        long allActivities = 0;
        long allTookPart = 0;
        for (String value : values) {
            long a = activities.getOrDefault(value, 0L);
            long t = tookPart.getOrDefault(value, 0L);
            allActivities += a;
            allTookPart += t;
            rows.add(ReportRow.of(keyPrefix + value, count(a), count(t)));
        }
        rows.add(ReportRow.of("report.row.total", count(allActivities), count(allTookPart)));
        return ReportTable.parts(caption, List.of("report.column.activities", "report.column.tookPart"), rows, true);
    }

    /** Consultation responses by how they reached us. */
    private static ReportTable byChannel(PeriodCounts counts) {
        Map<String, Long> responses = counts.byName("select r.channel, count(*) from response r"
                + " where r.submitted_at >= ?1 and r.submitted_at < ?2 group by r.channel");
        var rows = new ArrayList<ReportRow>();
        long all = 0;
        for (Channel channel : Channel.values()) {
            long n = responses.getOrDefault(channel.name(), 0L);
            all += n;
            rows.add(ReportRow.of("report.channel." + channel.name(), count(n)));
        }
        rows.add(ReportRow.of("report.row.total", count(all)));
        return ReportTable.parts("report.involvement.byChannel", List.of("report.column.responses"), rows, true);
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
