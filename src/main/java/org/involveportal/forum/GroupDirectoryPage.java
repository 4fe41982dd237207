package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The group directory, filtered by topic, who a group is for, in person or online, and area with a
 * plain GET form (works without JavaScript, and the filtered list has its own address).
 */
@Named
@RequestScoped
public class GroupDirectoryPage extends PageBean {

    @Inject
    private GroupService groups;

    @Inject
    private Messages messages;

    private Topic topic;
    private ClientGroup clientGroup;
    private MeetingMode mode;
    private String area;
    private List<String> areas;
    private List<Entry> entries;

    /** One group in the list, in the reader's language where it has been translated. */
    public record Entry(String slug, String name, String purpose, String pattern, Language language, MeetingMode mode,
                        String area) {
    }

    @Override
    protected void load() {
        topic = filter("topic", Topic.class).orElse(null);
        clientGroup = filter("who", ClientGroup.class).orElse(null);
        mode = filter("how", MeetingMode.class).filter(m -> m != MeetingMode.BOTH).orElse(null);
        areas = groups.areas();
        area = filter("area", areas, Function.identity()).orElse(null);
        String reader = messages.getLanguage().tag();
        entries = groups.directory(topic, clientGroup, mode, area).stream()
                .map(g -> {
                    var text = g.textIn(reader);
                    return new Entry(g.getSlug(), text.getName(),
                            g.listSummaryFor(reader, messages.getMode().easyRead(), text.getPurpose()), text.getMeetingPattern(),
                            g.languageShownTo(reader), g.getMeetingMode(), g.getArea());
                })
                .toList();
    }


    public List<Entry> getEntries() {
        return entries;
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    public List<MeetingMode> getModes() {
        return List.of(MeetingMode.IN_PERSON, MeetingMode.ONLINE);
    }

    public List<String> getAreas() {
        return areas;
    }

    public String getTopic() {
        return topic == null ? "" : topic.name();
    }

    public String getWho() {
        return clientGroup == null ? "" : clientGroup.name();
    }

    public String getHow() {
        return mode == null ? "" : mode.name();
    }

    public String getArea() {
        return area == null ? "" : area;
    }

    public boolean isFiltered() {
        return topic != null || clientGroup != null || mode != null || area != null;
    }
}
