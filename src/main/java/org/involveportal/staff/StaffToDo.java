package org.involveportal.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;

/**
 * What needs doing, for the staff home: each feature implements it as a CDI bean and says, for the roles of the
 * member of staff reading, how many things wait for them and where to do them. The home shows every item found, the
 * overdue ones first, so adding a count is one class in the feature that owns it.
 */
public interface StaffToDo {

    /** The items for someone holding these roles (none when no role of theirs does this work), counted at {@code now}. */
    List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader);

    /** Monday to Sunday in the council's time zone: what "this week" means on the staff home. */
    record Week(Instant starts, Instant ends) {

        public static Week containing(Instant now) {
            var zone = java.time.ZoneId.of("Europe/London");
            var monday = now.atZone(zone).toLocalDate().with(java.time.DayOfWeek.MONDAY);
            return new Week(monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        }
    }

    /** How pressing an item is; said in words on the page, not only by its colour. */
    enum Urgency { NONE, DUE, OVERDUE }

    /**
     * One count: a stable id (for the page and tests), its place among the others, the bundle key of its words (an
     * ICU message with {@code {count}}), the staff page where it is done (a name under {@code /staff/} with any
     * query), and lines that say more (each with the language it is written in, for a fallback marked as such).
     */
    record Item(String id, int order, String labelKey, long count, String page, Urgency urgency, List<Detail> details) {

        public Item(String id, int order, String labelKey, long count, String page, Urgency urgency) {
            this(id, order, labelKey, count, page, urgency, List.of());
        }

        /** Something to do now: overdue, or due with at least one waiting. */
        public boolean pressing() {
            return count > 0 && urgency != Urgency.NONE;
        }
    }

    /**
     * A line under an item, such as a meeting with the support people asked for: what leads it in the reader's
     * language (a date, say; may be empty), its words and the language they are written in (a title may fall back
     * to English), what follows in the reader's language (may be empty), and the staff page it links to (or null).
     */
    record Detail(String lead, String text, Language language, String after, String page) {
    }
}
