package org.involveportal.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.PageBean;

/**
 * The involvement reports in the back office ({@code /staff/involvement-reports}, publishers and analysts): those
 * published, and choosing a period (a financial year, a calendar year or a quarter) to preview.
 */
@Named
@RequestScoped
public class StaffReportsPage extends PageBean {

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    private List<InvolvementReportsPage.Entry> published;
    private List<InvolvementReportsPage.Entry> latest;

    @Override
    protected void load() {
        var done = reports.published();
        published = done.stream().map(this::entry).toList();
        latest = latestPeriods(java.time.LocalDate.ofInstant(reports.now(), ReportPeriod.LONDON)).stream()
                .filter(period -> !done.contains(period)).map(this::entry).toList();
    }

    /** The last whole quarter, financial year and calendar year before a day: the periods staff most often report on. */
    static List<ReportPeriod> latestPeriods(java.time.LocalDate today) {
        int financialStart = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        return List.of(ReportPeriod.quarterBefore(today), ReportPeriod.financialYear(financialStart),
                ReportPeriod.calendarYear(today.getYear() - 1));
    }

    private InvolvementReportsPage.Entry entry(ReportPeriod period) {
        return new InvolvementReportsPage.Entry(period.slug(), messages.text("report.period.kind." + period.kind().name()),
                messages.format2("report.period.months", "first", PeriodNames.first(period, messages.getLanguage()),
                        "last", PeriodNames.last(period, messages.getLanguage())));
    }

    public List<InvolvementReportsPage.Entry> getLatest() {
        return latest;
    }

    /** The period chosen, then its preview (post, redirect, get); problems beside the fields. */
    @Override
    protected void post() {
        var kind = FormValues.one(ReportPeriod.Kind.class, typed("kind"));
        int year = FormValues.wholeNumber(typed("year").trim());
        int quarter = FormValues.wholeNumber(typed("quarter"));
        if (kind == null) {
            problem("kind", "staffReports.error.kind");
        }
        if (year < 2000 || year > 2098) {
            problem("year", "staffReports.error.year");
        }
        if (kind == ReportPeriod.Kind.QUARTER && (quarter < 1 || quarter > 4)) {
            problem("quarter", "staffReports.error.quarter");
        }
        if (hasErrors()) {
            return;
        }
        var period = switch (kind) {
            case FINANCIAL_YEAR -> ReportPeriod.financialYear(year);
            case CALENDAR_YEAR -> ReportPeriod.calendarYear(year);
            case QUARTER -> ReportPeriod.quarter(year, quarter);
        };
        redirectTo("/staff/involvement-report?period=" + period.slug());
    }

    public List<InvolvementReportsPage.Entry> getPublished() {
        return published;
    }

    public List<ReportPeriod.Kind> getKinds() {
        return List.of(ReportPeriod.Kind.values());
    }

    public List<String> getQuarters() {
        return List.of("1", "2", "3", "4");
    }

    public String getKind() {
        return typed("kind");
    }

    public String getYear() {
        return typed("year");
    }

    public String getQuarter() {
        return typed("quarter");
    }
}
