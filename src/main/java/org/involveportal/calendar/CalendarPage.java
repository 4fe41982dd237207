package org.involveportal.calendar;

import com.ibm.icu.text.SimpleDateFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.partner.PartnerOrganisation;
import org.involveportal.partner.PartnerService;
import org.involveportal.platform.ClockProducer;
import org.involveportal.web.page.PageBean;

/**
 * The public calendar ({@code /calendar}): a month as a table (the days with something on also as a list, which is what
 * narrow screens show), or with {@code ?view=list} the month as a list by day; {@code month=2026-12} for another month,
 * with links to the months before and after; filtered with a plain GET form; each filter also as an iCalendar feed.
 */
@Named
@RequestScoped
public class CalendarPage extends PageBean {

    private static final Pattern MONTH = Pattern.compile("(20[0-9]{2})-(0[1-9]|1[0-2])");

    @Inject
    private CalendarService calendar;

    @Inject
    private GroupService groups;

    @Inject
    private PartnerService partners;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private boolean listView;
    private YearMonth month;
    private MonthGrid grid;
    private CalendarKind kind;
    private InvolvementGroup group;
    private PartnerOrganisation partner;
    private Topic topic;
    private ClientGroup who;
    private List<InvolvementGroup> groupChoices;
    private List<PartnerOrganisation> partnerChoices;
    private Language dates;

    /** An entry as the page shows it. */
    public record EntryView(String id, String kindKey, String title, Language language, String href, String time, String partner) {
    }

    /** A day as the page shows it: its date in words, and its entries. */
    public record DayView(LocalDate date, int number, boolean inMonth, boolean today, String words, List<EntryView> entries) {
        public String anchor() {
            return "day-" + date;
        }
    }

    @Override
    protected void load() {
        listView = "list".equals(parameter("view"));
        if (parameter("view") != null && !listView && !"month".equals(parameter("view"))) {
            notKept();
        }
        month = monthAsked();
        kind = filter("kind", CalendarKind.class).orElse(null);
        topic = filter("topic", Topic.class).orElse(null);
        who = filter("who", ClientGroup.class).orElse(null);
        groupChoices = groups.findAll().stream().filter(InvolvementGroup::isListed).toList();
        group = filter("group", groupChoices, InvolvementGroup::getSlug).orElse(null);
        partnerChoices = partners.all();
        partner = filter("partner", partnerChoices, PartnerOrganisation::getSlug).orElse(null);
        dates = messages.languageOf("calendar.heading");
        var filter = new CalendarFilter(kind, group == null ? null : group.getSlug(), partner == null ? null : partner.getSlug(), topic, who);
        grid = MonthGrid.of(month, calendar.month(month, filter, messages.getLanguage()), calendar.today());
    }

    private YearMonth monthAsked() {
        String asked = parameter("month");
        if (asked != null) {
            if (MONTH.matcher(asked).matches()) {
                try {
                    return YearMonth.parse(asked);
                } catch (DateTimeParseException e) {
                    // not a month: this month, not kept
                }
            }
            notKept();
        }
        return YearMonth.from(calendar.today());
    }

    private DayView view(MonthGrid.Day day) {
        var entries = day.entries().stream().map(this::view).toList();
        return new DayView(day.date(), day.getNumber(), day.inMonth(), day.today(), DateFormatting.date(day.date(), dates), entries);
    }

    private EntryView view(CalendarEntry entry) {
        boolean atMidnight = entry.starts().atZone(ClockProducer.LONDON).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        String time = entry.ends() == null && atMidnight ? null // a consultation opening at the start of its day
                : entry.ends() == null ? DateFormatting.time(entry.starts(), dates)
                : messages.format2("group.meeting.times", "from", DateFormatting.time(entry.starts(), dates),
                        "to", DateFormatting.time(entry.ends(), dates));
        String id = entry.uid().substring(0, entry.uid().indexOf('@'));
        return new EntryView(id, entry.kindKey(), entry.title(), entry.language(), entry.pagePath(), time, entry.partner());
    }

    public List<List<DayView>> getWeeks() {
        return grid.getWeeks().stream().map(week -> week.stream().map(this::view).toList()).toList();
    }

    public List<DayView> getDaysWithEntries() {
        return grid.getDaysWithEntries().stream().map(this::view).toList();
    }

    public int getEntryCount() {
        return grid.getDaysWithEntries().stream().mapToInt(day -> day.entries().size()).sum();
    }

    /** Monday to Sunday in the reader's language: short (as the columns show) and whole (for screen readers). */
    public List<String[]> getWeekdays() {
        var whole = new SimpleDateFormat("EEEE", dates.locale());
        var shortName = new SimpleDateFormat("EEE", dates.locale());
        var names = new ArrayList<String[]>();
        for (DayOfWeek day : DayOfWeek.values()) {
            // a Monday to Sunday at noon in London: 5 to 11 January 2026
            var instant = LocalDate.of(2026, 1, 5).plusDays(day.ordinal()).atTime(12, 0).atZone(ClockProducer.LONDON).toInstant();
            whole.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("Europe/London"));
            shortName.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("Europe/London"));
            names.add(new String[] {shortName.format(Date.from(instant)), whole.format(Date.from(instant))});
        }
        return names;
    }

    /** The month in words, e.g. "December 2026", "Rhagfyr 2026". */
    public String getMonthName() {
        return monthName(month);
    }

    public String getPreviousMonthName() {
        return monthName(month.minusMonths(1));
    }

    public String getNextMonthName() {
        return monthName(month.plusMonths(1));
    }

    private String monthName(YearMonth which) {
        var format = new SimpleDateFormat("LLLL y", dates.locale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("Europe/London"));
        return format.format(Date.from(which.atDay(15).atTime(12, 0).atZone(ClockProducer.LONDON).toInstant()));
    }

    /** This page's address (with the language) for another month or view, keeping the filters. */
    public String href(String view, int monthsOn) {
        var parameters = new LinkedHashMap<String, String>();
        if ("list".equals(view)) {
            parameters.put("view", "list");
        }
        parameters.put("month", month.plusMonths(monthsOn).toString());
        parameters.putAll(filterParameters());
        return request.getContextPath() + messages.getLanguage().pathPrefix() + "/calendar?" + query(parameters);
    }

    /** The feed for these filters, in the reader's language (https or http as the portal is reached). */
    public String getFeedAddress() {
        var parameters = new LinkedHashMap<String, String>(filterParameters());
        parameters.put("lang", messages.getLanguage().tag());
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + request.getContextPath() + "/calendar.ics?" + query(parameters);
    }

    /** The same feed as a {@code webcal:} address, which calendar apps open as a subscription. */
    public String getSubscribeAddress() {
        return getFeedAddress().replaceFirst("^https?://", "webcal://");
    }

    private Map<String, String> filterParameters() {
        var parameters = new LinkedHashMap<String, String>();
        if (kind != null) {
            parameters.put("kind", kind.name());
        }
        if (group != null) {
            parameters.put("group", group.getSlug());
        }
        if (partner != null) {
            parameters.put("partner", partner.getSlug());
        }
        if (topic != null) {
            parameters.put("topic", topic.name());
        }
        if (who != null) {
            parameters.put("who", who.name());
        }
        return parameters;
    }

    private static String query(Map<String, String> parameters) {
        var query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    public boolean isListView() {
        return listView;
    }

    public String getMonthValue() {
        return month.toString();
    }

    public List<CalendarKind> getKinds() {
        return Arrays.asList(CalendarKind.values());
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    /** The listed groups, each with its name in the reader's language where written in it. */
    public List<String[]> getGroups() {
        String reader = messages.getLanguage().tag();
        return groupChoices.stream().map(g -> new String[] {g.getSlug(), g.textIn(reader).getName(), g.languageShownTo(reader).htmlLang()}).toList();
    }

    public List<PartnerOrganisation> getPartners() {
        return partnerChoices;
    }

    public String getKind() {
        return kind == null ? "" : kind.name();
    }

    public String getTopic() {
        return topic == null ? "" : topic.name();
    }

    public String getWho() {
        return who == null ? "" : who.name();
    }

    public String getGroup() {
        return group == null ? "" : group.getSlug();
    }

    public String getPartner() {
        return partner == null ? "" : partner.getSlug();
    }

    public boolean isFiltered() {
        return kind != null || topic != null || who != null || group != null || partner != null;
    }
}
