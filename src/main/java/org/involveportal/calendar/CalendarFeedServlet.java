package org.involveportal.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.partner.PartnerService;

/**
 * The calendar as a feed calendar apps subscribe to: {@code /calendar.ics} with the calendar page's filters ({@code kind},
 * {@code group}, {@code partner}, {@code topic}, {@code who}) and {@code lang} for the words; {@code text/calendar}.
 * A filter value the calendar does not offer is not found (404), so no address makes up an empty feed.
 */
@WebServlet("/calendar.ics")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Inject
    private GroupService groups;

    @Inject
    private PartnerService partners;

    @Inject
    private MessageCatalog catalog;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var language = Language.fromTag(String.valueOf(Optional.ofNullable(request.getParameter("lang")).orElse("en")));
        var kind = constant(request, "kind", CalendarKind.class);
        var topic = constant(request, "topic", Topic.class);
        var who = constant(request, "who", ClientGroup.class);
        String group = request.getParameter("group");
        String partner = request.getParameter("partner");
        boolean groupKnown = group == null || groups.findBySlug(group).filter(InvolvementGroup::isListed).isPresent();
        boolean partnerKnown = partner == null || partners.findBySlug(partner).isPresent();
        if (language.isEmpty() || kind == null || topic == null || who == null || !groupKnown || !partnerKnown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var filter = new CalendarFilter(kind.orElse(null), group, partner, topic.orElse(null), who.orElse(null));
        var reader = language.get();
        String base = baseUrl.replaceAll("/+$", "") + request.getContextPath() + reader.pathPrefix();
        String ics = CalendarFeed.ics(catalog.format(reader, "calendar.feed.name"), calendar.feed(filter, reader), calendar.now(),
                entry -> catalog.format(reader, entry.kindKey()), entry -> base + entry.pagePath(),
                partnerName -> catalog.format(reader, false, "partner.runWithName", java.util.Map.of("partner", partnerName)));
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"calendar.ics\"");
        response.setHeader("Cache-Control", "public, max-age=900");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Empty when not given, the constant when one of them, null when given but not one of them. */
    private static <E extends Enum<E>> Optional<E> constant(HttpServletRequest request, String name, Class<E> type) {
        String value = request.getParameter(name);
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null) == null
                ? null : Optional.of(Enum.valueOf(type, value));
    }
}
