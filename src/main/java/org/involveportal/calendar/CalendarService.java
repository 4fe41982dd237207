package org.involveportal.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.involveportal.activity.Activity;
import org.involveportal.consultation.Consultation;
import org.involveportal.forum.Meeting;
import org.involveportal.i18n.Language;
import org.involveportal.partner.PartnerOrganisation;
import org.involveportal.platform.ClockProducer;

/**
 * What the calendar shows between two instants: published consultations (not withdrawn) opening or closing, meetings
 * of listed groups, published activities; in the reader's language where written in it, in time order. A council has
 * tens of each a month, so the filters are applied here rather than in the queries.
 */
@Stateless
public class CalendarService {

    /** How far the feed looks back and ahead: calendar apps keep what they have already fetched. */
    public static final int FEED_MONTHS_BACK = 1;
    public static final int FEED_MONTHS_AHEAD = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.LONDON));
    }

    /** The entries on the London days of {@code month}. */
    public List<CalendarEntry> month(YearMonth month, CalendarFilter filter, Language reader) {
        return between(startOf(month.atDay(1)), startOf(month.plusMonths(1).atDay(1)), filter, reader);
    }

    /** The entries of the feed: from a month ago to a year ahead. */
    public List<CalendarEntry> feed(CalendarFilter filter, Language reader) {
        YearMonth now = YearMonth.from(today());
        return between(startOf(now.minusMonths(FEED_MONTHS_BACK).atDay(1)), startOf(now.plusMonths(FEED_MONTHS_AHEAD + 1L).atDay(1)),
                filter, reader);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.LONDON).toInstant();
    }

    /** Entries starting in [from, to). */
    public List<CalendarEntry> between(Instant from, Instant to, CalendarFilter filter, Language reader) {
        var entries = new ArrayList<CalendarEntry>();
        if (filter.wants(CalendarKind.CONSULTATION)) {
            consultations(from, to, filter, reader.tag(), entries);
        }
        if (filter.wants(CalendarKind.MEETING)) {
            meetings(from, to, filter, reader.tag(), entries);
        }
        if (filter.wants(CalendarKind.ACTIVITY)) {
            activities(from, to, filter, reader.tag(), entries);
        }
        entries.sort(Comparator.comparing(CalendarEntry::starts).thenComparing(CalendarEntry::uid));
        return entries;
    }

    private void consultations(Instant from, Instant to, CalendarFilter filter, String reader, List<CalendarEntry> into) {
        em.createQuery("""
                        select c from Consultation c where c.publishedAt is not null and c.withdrawnAt is null
                        and ((c.window.opensAt >= :from and c.window.opensAt < :to) or (c.window.closesAt > :from and c.window.closesAt <= :to))""",
                        Consultation.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .filter(c -> filter.about(c.getTopics(), c.getClientGroups()) && filter.runBy(slugOf(c.getPartner())))
                .forEach(c -> {
                    String title = c.textIn(reader).getTitle();
                    var language = c.languageShownTo(reader);
                    String page = "/consultations/" + c.getSlug();
                    String partner = nameOf(c.getPartner());
                    Instant opens = c.getWindow().opensAt();
                    if (!opens.isBefore(from) && opens.isBefore(to)) {
                        into.add(new CalendarEntry("consultation-" + c.getId() + "-opens@involve", CalendarKind.CONSULTATION,
                                CalendarEntry.Moment.OPENS, londonDay(opens), opens, null, title, language, page, partner));
                    }
                    Instant closes = c.getWindow().closingAsSaid();
                    if (!closes.isBefore(from) && closes.isBefore(to)) {
                        into.add(new CalendarEntry("consultation-" + c.getId() + "-closes@involve", CalendarKind.CONSULTATION,
                                CalendarEntry.Moment.CLOSES, c.getWindow().closingDay(), closes, null, title, language, page, partner));
                    }
                });
    }

    private void meetings(Instant from, Instant to, CalendarFilter filter, String reader, List<CalendarEntry> into) {
        em.createQuery("select m from Meeting m where m.group.listed = true and m.startsAt >= :from and m.startsAt < :to", Meeting.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .filter(m -> filter.about(m.getGroup().getTopics(), m.getGroup().getClientGroups())
                        && filter.runBy(slugOf(m.getPartner()))
                        && (filter.group() == null || filter.group().equals(m.getGroup().getSlug())))
                .forEach(m -> {
                    var group = m.getGroup();
                    var language = m.languageShownTo(reader);
                    String groupName = group.textIn(language.tag()).getName();
                    String meetingTitle = m.textIn(reader).getTitle();
                    // "Carers Forum: short breaks", not "Carers Forum: Carers Forum: short breaks"
                    String title = meetingTitle.startsWith(groupName) ? meetingTitle : groupName + ": " + meetingTitle;
                    into.add(new CalendarEntry("meeting-" + m.getId() + "@involve", CalendarKind.MEETING, null,
                            londonDay(m.getStartsAt()), m.getStartsAt(), m.getEndsAt(), title, language,
                            "/groups/" + group.getSlug(), nameOf(m.getPartner())));
                });
    }

    private void activities(Instant from, Instant to, CalendarFilter filter, String reader, List<CalendarEntry> into) {
        em.createQuery("select a from Activity a where a.published = true and a.startsAt >= :from and a.startsAt < :to", Activity.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .filter(a -> filter.about(Set.of(a.getTopic()), Set.of(a.getClientGroup())))
                .forEach(a -> into.add(new CalendarEntry("activity-" + a.getId() + "@involve", CalendarKind.ACTIVITY, null,
                        londonDay(a.getStartsAt()), a.getStartsAt(), a.getEndsAt(), a.textIn(reader).getTitle(),
                        a.languageShownTo(reader), "/activities/" + a.getSlug(), null)));
    }

    private static LocalDate londonDay(Instant instant) {
        return instant.atZone(ClockProducer.LONDON).toLocalDate();
    }

    private static String slugOf(PartnerOrganisation partner) {
        return partner == null ? null : partner.getSlug();
    }

    private static String nameOf(PartnerOrganisation partner) {
        return partner == null ? null : partner.getName();
    }
}
