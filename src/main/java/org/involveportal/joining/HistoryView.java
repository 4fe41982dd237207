package org.involveportal.joining;

import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.people.InvolvementHistory;

/** A resident's involvement history as a page shows it: the totals and each entry, in the reader's language. */
public record HistoryView(int meetings, int consultations, int activities, int training, String hours, List<Row> rows) {

    /** One entry: its day, kind in words, what it was (in {@code language}) and its hours, blank where not known. */
    public record Row(String day, String kind, String what, Language language, String hours) {
    }

    static HistoryView of(InvolvementHistory history, Messages messages) {
        var reader = messages.getLanguage();
        var rows = history.entries().stream().map(entry -> new Row(DateFormatting.date(entry.at(), reader),
                messages.text("history.kind." + entry.kind().name()), entry.what(), entry.language(),
                entry.length() == null ? "" : messages.format("history.hours", "hours", hoursOf(entry.length().toMinutes())))).toList();
        return new HistoryView(history.count(InvolvementHistory.Kind.MEETING), history.count(InvolvementHistory.Kind.CONSULTATION),
                history.count(InvolvementHistory.Kind.ACTIVITY), history.count(InvolvementHistory.Kind.TRAINING),
                messages.format("history.number", "hours", history.wholeAndHalfHours()), rows);
    }

    private static double hoursOf(long minutes) {
        return Math.floor(minutes / 30.0) / 2.0;
    }

    public boolean isNothingYet() {
        return rows.isEmpty();
    }
}
