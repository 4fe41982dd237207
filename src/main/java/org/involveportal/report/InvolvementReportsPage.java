package org.involveportal.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The published involvement reports ({@code /involvement-reports}), the latest period first. */
@Named
@RequestScoped
public class InvolvementReportsPage extends PageBean {

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    private List<Entry> entries;

    /** One report in the list: its slug, what sort of period, and its months in the reader's language. */
    public record Entry(String slug, String kind, String months) {
    }

    @Override
    protected void load() {
        entries = reports.published().stream().map(period -> new Entry(period.slug(),
                messages.text("report.period.kind." + period.kind().name()),
                messages.format2("report.period.months", "first", PeriodNames.first(period, messages.getLanguage()),
                        "last", PeriodNames.last(period, messages.getLanguage())))).toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }
}
