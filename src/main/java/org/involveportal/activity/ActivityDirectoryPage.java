package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The list of activities to come ({@code /activities}), filtered by kind, topic and who it is for with a plain GET
 * form (works without JavaScript, and the filtered list has its own address).
 */
@Named
@RequestScoped
public class ActivityDirectoryPage extends PageBean {

    @Inject
    private ActivityService activities;

    @Inject
    private Messages messages;

    private ActivityKind kind;
    private Topic topic;
    private ClientGroup clientGroup;
    private List<Entry> entries;

    /** One activity in the list, in the reader's language where it has been translated. */
    public record Entry(String slug, String title, String summary, Language language, ActivityKind kind, LadderLevel ladder,
                        String day, boolean paid) {
    }

    @Override
    protected void load() {
        kind = filter("kind", ActivityKind.class).orElse(null);
        topic = filter("topic", Topic.class).orElse(null);
        clientGroup = filter("who", ClientGroup.class).orElse(null);
        String reader = messages.getLanguage().tag();
        Language dates = messages.languageOf("activities.heading");
        entries = activities.upcoming(kind, topic, clientGroup).stream()
                .map(a -> {
                    var text = a.textIn(reader);
                    return new Entry(a.getSlug(), text.getTitle(), text.getSummary(), a.languageShownTo(reader), a.getKind(),
                            a.getLadder(), DateFormatting.date(a.getStartsAt(), dates), a.isPaid());
                })
                .toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public List<ActivityKind> getKinds() {
        return List.of(ActivityKind.values());
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    public String getKind() {
        return kind == null ? "" : kind.name();
    }

    public String getTopic() {
        return topic == null ? "" : topic.name();
    }

    public String getWho() {
        return clientGroup == null ? "" : clientGroup.name();
    }

    public boolean isFiltered() {
        return kind != null || topic != null || clientGroup != null;
    }
}
