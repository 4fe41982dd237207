package org.involveportal.report;

import java.util.List;

/** What one {@link ReportSection} adds to a report: a title (a bundle key) and its tables. */
public record ReportPart(String titleKey, List<ReportTable> tables) {

    public ReportPart {
        tables = List.copyOf(tables);
    }
}
