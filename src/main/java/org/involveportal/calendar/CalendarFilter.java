package org.involveportal.calendar;

import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;

/**
 * What the reader asked to see; each part null for "any". A group names meetings of that group only; a partner, the
 * consultations and meetings it runs (activities name no partner); a topic or audience, what is about it or for them.
 */
public record CalendarFilter(CalendarKind kind, String group, String partner, Topic topic, ClientGroup who) {

    public static final CalendarFilter ANY = new CalendarFilter(null, null, null, null, null);

    boolean wants(CalendarKind candidate) {
        return (kind == null || kind == candidate) && (group == null || candidate == CalendarKind.MEETING)
                && (partner == null || candidate != CalendarKind.ACTIVITY);
    }

    boolean about(Set<Topic> topics, Set<ClientGroup> groups) {
        return (topic == null || topics.contains(topic)) && (who == null || groups.contains(who));
    }

    boolean runBy(String partnerSlug) {
        return partner == null || partner.equals(partnerSlug);
    }

    public boolean isEmpty() {
        return equals(ANY);
    }
}
