package org.involveportal.report;

import java.util.List;

/**
 * One row of a report table: its label, either a bundle key ({@code labelKey}, shown in the reader's language) or a
 * text written by staff in English such as a consultation's title ({@code label}), an optional link to a page of the
 * portal (a path such as {@code /consultations/slug}), and one figure for each column.
 */
public record ReportRow(String labelKey, String label, String link, List<ReportFigure> figures) {

    public ReportRow {
        if ((labelKey == null) == (label == null)) {
            throw new IllegalArgumentException("A row is labelled by a key or by a text, not both");
        }
        figures = List.copyOf(figures);
    }

    public static ReportRow of(String labelKey, ReportFigure... figures) {
        return new ReportRow(labelKey, null, null, List.of(figures));
    }

    public static ReportRow titled(String label, String link, ReportFigure... figures) {
        return new ReportRow(null, label, link, List.of(figures));
    }
}
