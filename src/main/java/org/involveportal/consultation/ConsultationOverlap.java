package org.involveportal.consultation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.platform.ClockProducer;

/**
 * Consultations competing for the same people's time: staff scheduling one see the others open for the same audience in
 * the same weeks, and a warning when, with this one, there are more than the admins' threshold.
 *
 * <p>The same audience: the two share a client group (older people, carers ...); where either is for everyone (names
 * "everyone", or no client group), they share a topic. The same weeks: the windows touch a common week, Monday to Sunday on London
 * time, so one closing on a Tuesday and another opening that Thursday still compete for that week's attention.
 */
public final class ConsultationOverlap {

    /** Who a consultation is for, as its editor said. */
    public record Audience(Set<ClientGroup> clientGroups, Set<Topic> topics) {
        public static Audience of(Consultation consultation) {
            return new Audience(consultation.getClientGroups(), consultation.getTopics());
        }

        public boolean sharedWith(Audience other) {
            var particular = EnumSet.noneOf(ClientGroup.class);
            particular.addAll(clientGroups);
            particular.remove(ClientGroup.EVERYONE);
            if (!Collections.disjoint(particular, other.clientGroups)) {
                return true;
            }
            return (isForEveryone() || other.isForEveryone()) && !Collections.disjoint(topics, other.topics);
        }

        boolean isForEveryone() {
            return clientGroups.isEmpty() || clientGroups.contains(ClientGroup.EVERYONE);
        }
    }

    private ConsultationOverlap() {
    }

    /** Whether two windows ([opens, closes)) touch a common Monday-to-Sunday week in London. */
    public static boolean sameWeeks(ResponseWindow one, ResponseWindow other) {
        return !firstMonday(one).isAfter(lastDay(other)) && !firstMonday(other).isAfter(lastDay(one));
    }

    private static LocalDate firstMonday(ResponseWindow window) {
        return londonDay(window.opensAt()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday ending the week of the window's last day. */
    private static LocalDate lastDay(ResponseWindow window) {
        return window.closingDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private static LocalDate londonDay(Instant instant) {
        return instant.atZone(ClockProducer.LONDON).toLocalDate();
    }

    /**
     * The other published consultations (not withdrawn) for the same audience in the same weeks as {@code window}, the
     * soonest opening first.
     */
    public static List<Consultation> others(Consultation scheduled, ResponseWindow window, Collection<Consultation> candidates) {
        var audience = Audience.of(scheduled);
        return candidates.stream()
                .filter(c -> !c.getSlug().equals(scheduled.getSlug()) && c.isPublished() && !c.isWithdrawn())
                .filter(c -> audience.sharedWith(Audience.of(c)) && sameWeeks(window, c.getWindow()))
                .sorted(Comparator.comparing((Consultation c) -> c.getWindow().opensAt()).thenComparing(Consultation::getSlug))
                .toList();
    }

    /** Whether to warn: this consultation and the others together are more than the threshold. */
    public static boolean warns(int others, int threshold) {
        return others + 1 > threshold;
    }
}
