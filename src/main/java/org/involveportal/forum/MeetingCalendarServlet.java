package org.involveportal.forum;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.Language;

/**
 * A meeting's calendar file at a stable address, {@code /calendar/meeting-12.ics} ({@code ?lang=cy}
 * for its words in Welsh): {@code text/calendar}, RFC 5545.
 */
@WebServlet("/calendar/*")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/meeting-([1-9][0-9]{0,17})\\.ics");

    @Inject
    private MeetingService meetings;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PATH.matcher(String.valueOf(request.getPathInfo()));
        var meeting = matcher.matches() ? meetings.find(Long.parseLong(matcher.group(1))).orElse(null) : null;
        if (meeting == null || !meeting.getGroup().isListed()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var language = Language.fromTag(request.getParameter("lang") == null ? "en" : request.getParameter("lang")).orElse(Language.DEFAULT);
        String tag = meeting.textLanguage(language.tag());
        var text = meeting.textIn(tag);
        String groupName = meeting.getGroup().textIn(tag).getName();
        String location = meeting.getVenue() == null ? meeting.getOnlineLink()
                : meeting.getOnlineLink() == null ? meeting.getVenue() : meeting.getVenue() + " / " + meeting.getOnlineLink();
        String description = text.getDetails() == null ? groupName : groupName + "\n" + text.getDetails();
        String page = baseUrl.replaceAll("/+$", "") + Language.fromTag(tag).orElse(Language.DEFAULT).pathPrefix()
                + "/groups/" + meeting.getGroup().getSlug();
        var event = new MeetingCalendar.Event("meeting-" + meeting.getId() + "@involve", meeting.getStartsAt(), meeting.getEndsAt(),
                groupName + ": " + text.getTitle(), description, location, page, tag);
        byte[] body = MeetingCalendar.ics(event, meetings.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-" + meeting.getId() + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
