package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/** One group's page: what it does, who can join, how and where it meets, support, meetings to come, minutes. */
@Named
@RequestScoped
public class GroupPage extends PageBean {

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    private InvolvementGroup group;
    private GroupText text;
    private Language textLanguage;
    private List<MeetingView> upcoming;
    private List<MinutesView> minutes;

    /** A meeting to come as the page shows it (times on London time, in the reader's language). */
    public record MeetingView(long id, String title, String details, Language language, String day, String from, String to,
                              String venue, String onlineLink, List<Support> support, int placesLeft, boolean full,
                              org.involveportal.partner.PartnerOrganisation partner) {
    }

    /** A past meeting's published minutes in the reader's language (or English). */
    public record MinutesView(long id, String title, String day, Language language, String html, String easyReadHtml) {
    }

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        group = slug == null ? null : groups.findBySlug(slug).filter(InvolvementGroup::isListed).orElse(null);
        if (group == null) {
            notFound();
            return;
        }
        String reader = messages.getLanguage().tag();
        text = group.textIn(reader);
        textLanguage = group.languageShownTo(reader);
        Language dates = messages.languageOf("group.meetings.heading");
        upcoming = meetings.upcoming(group.getId()).stream().map(m -> {
            var t = m.textIn(reader);
            return new MeetingView(m.getId(), t.getTitle(), t.getDetails(), m.languageShownTo(reader),
                    DateFormatting.date(m.getStartsAt(), dates), DateFormatting.time(m.getStartsAt(), dates),
                    DateFormatting.time(m.getEndsAt(), dates), m.getVenue(), m.getOnlineLink(),
                    m.getSupport().stream().sorted().toList(), m.getPlacesLeft(), m.isFull(), m.getPartner());
        }).toList();
        minutes = meetings.withMinutes(group.getId()).stream().map(m -> {
            var language = Language.fromTag(m.minutesLanguage(reader)).orElse(Language.DEFAULT);
            var shown = m.minutesIn(reader);
            return new MinutesView(m.getId(), m.textIn(language.tag()).getTitle(), DateFormatting.date(m.getStartsAt(), dates),
                    language, shown.getHtml(), shown.getEasyReadHtml());
        }).toList();
    }

    public String getSlug() {
        return group.getSlug();
    }

    public GroupText getText() {
        return text;
    }

    public Language getTextLanguage() {
        return textLanguage;
    }

    public InvolvementGroup getGroup() {
        return group;
    }

    public List<Topic> getTopics() {
        return group.getTopics().stream().sorted().toList();
    }

    public List<ClientGroup> getClientGroups() {
        return group.getClientGroups().stream().sorted().toList();
    }

    public List<Support> getSupport() {
        return group.getSupport().stream().sorted().toList();
    }

    public List<EasyReadIdea> getEasyRead() {
        return group.easyReadIn(messages.getLanguage().tag());
    }

    public List<MeetingView> getUpcoming() {
        return upcoming;
    }

    public List<MinutesView> getMinutes() {
        return minutes;
    }
}
