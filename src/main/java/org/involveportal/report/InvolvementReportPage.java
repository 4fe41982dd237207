package org.involveportal.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/**
 * A published involvement report ({@code /involvement-reports/{slug}}): staff's introduction (and in easy read their
 * easy-read summary) in the reader's language or else in English, then each part's tables with the figures frozen
 * when it was published, small numbers suppressed, bars drawn inside the tables, and the XLSX download.
 */
@Named
@RequestScoped
public class InvolvementReportPage extends PageBean {

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    private PublishedReport report;
    private ReportView view;
    private Language wordsLanguage;

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        report = slug == null ? null : reports.find(slug).orElse(null);
        if (report == null) {
            notFound();
            return;
        }
        view = ReportView.of(report.parts(), messages::text);
        wordsLanguage = Language.fromTag(report.wordsLanguage(messages.getLanguage().tag())).orElse(Language.DEFAULT);
    }

    public String getSlug() {
        return report.period().slug();
    }

    public String getHeading() {
        return messages.format2("report.heading", "kind", messages.text("report.period.kind." + report.period().kind().name()),
                "months", getMonths());
    }

    public String getMonths() {
        return messages.format2("report.period.months", "first", PeriodNames.first(report.period(), messages.getLanguage()),
                "last", PeriodNames.last(report.period(), messages.getLanguage()));
    }

    public String getPublishedOn() {
        return DateFormatting.date(report.publishedAt(), messages.languageOf("report.publishedOn"));
    }

    public PublishedReport.Words getWords() {
        return report.wordsIn(messages.getLanguage().tag());
    }

    public Language getWordsLanguage() {
        return wordsLanguage;
    }

    /** The easy-read summary an idea a line, each beside a picture. */
    public List<String> getEasyReadLines() {
        return Arrays.stream(getWords().easyRead().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public ReportView getView() {
        return view;
    }
}
