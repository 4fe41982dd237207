package org.involveportal.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * One period's report in the back office ({@code /staff/involvement-report?period=2025-26}): its figures counted
 * now, as the public will see them, and for a publisher, once the period is over, the introduction and easy-read
 * summary in English and Welsh (other languages optional) and the button that publishes it. A published period shows
 * its frozen figures and links to its public page.
 */
@Named
@RequestScoped
public class StaffReportPage extends PageBean {

    /** The languages staff write the words in here: English and Welsh are required. */
    static final List<String> LANGUAGES = ReportService.REQUIRED_LANGUAGES;

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    @Inject
    private SecurityContext security;

    private ReportPeriod period;
    private ReportView view;
    private boolean published;
    private boolean over;

    @Override
    protected void load() {
        period = ReportPeriod.fromSlug(parameter("period")).orElse(null);
        if (period == null) {
            notFound();
            return;
        }
        var snapshot = reports.find(period.slug());
        published = snapshot.isPresent();
        over = period.isOverAt(reports.now());
        view = ReportView.of(snapshot.map(PublishedReport::parts).orElseGet(() -> reports.count(period)), messages::text);
    }

    @Override
    protected void post() {
        if (!allowed("PUBLISHER")) {
            return;
        }
        var words = new LinkedHashMap<String, PublishedReport.Words>();
        for (String language : LANGUAGES) {
            String introduction = typed("introduction-" + language).strip();
            String easyRead = typed("easyRead-" + language).strip();
            if (introduction.isEmpty()) {
                problem("introduction-" + language, "staffReport.error.introduction." + language);
            } else if (introduction.length() > ReportService.WORDS_MAX) {
                problem("introduction-" + language, "staffReport.error.tooLong");
            }
            if (easyRead.isEmpty()) {
                problem("easyRead-" + language, "staffReport.error.easyRead." + language);
            } else if (easyRead.length() > ReportService.WORDS_MAX) {
                problem("easyRead-" + language, "staffReport.error.tooLong");
            }
            words.put(language, new PublishedReport.Words(introduction, easyRead));
        }
        if (hasErrors()) {
            return;
        }
        try {
            reports.publish(period, words, staffMember());
        } catch (ReportRuleViolation violation) {
            problem("publish", violation.key());
            return;
        }
        redirectTo("/staff/involvement-reports?published=" + period.slug());
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public String getHeading() {
        return messages.format2("report.heading", "kind", messages.text("report.period.kind." + period.kind().name()),
                "months", messages.format2("report.period.months", "first", PeriodNames.first(period, messages.getLanguage()),
                        "last", PeriodNames.last(period, messages.getLanguage())));
    }

    public ReportView getView() {
        return view;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isOver() {
        return over;
    }

    /** The form shows to a publisher for a period that is over and not yet published. */
    public boolean isCanPublish() {
        return over && !published && security.isCallerInRole("PUBLISHER");
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public String typedWords(String field, String language) {
        return typed(field + "-" + language);
    }
}
