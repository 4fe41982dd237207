package org.involveportal.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.equality.ReachService;
import org.involveportal.i18n.Messages;
import org.involveportal.response.AnsweringAs;
import org.involveportal.web.page.PageBean;

/**
 * One consultation's analysis ({@code /staff/analysis-consultation?c=slug&as=CARER}): responses over
 * time, by channel and by answering-as, each question's counts, the themes, and the reach report.
 */
@Named
@RequestScoped
public class ConsultationAnalysisPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private AnalysisService analysis;

    @Inject
    private ReachService reach;

    @Inject
    private AnalysisAccess access;

    @Inject
    private Messages messages;

    private Consultation consultation;
    private AnalysisReport report;

    @Override
    protected void load() {
        if (!access.canRead()) {
            refuse();
            return;
        }
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        AnsweringAs filter = AnalysisAccess.filter(parameter("as"));
        report = AnalysisReport.build(consultation, filter, analysis, reach.report(consultation.getId(), messages::text),
                messages::text);
    }

    public AnalysisReport getReport() {
        return report;
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    /** The filter's value for links and the select: a group's name, or "" for everyone. */
    public String getFilter() {
        return report.filter() == null ? "" : report.filter().name();
    }

    /** "&as=CARER" to keep the filter in links, or nothing. */
    public String getAsQuery() {
        return report.filter() == null ? "" : "&as=" + report.filter().name();
    }

    public List<AnsweringAs> getGroups() {
        return List.of(AnsweringAs.values());
    }

    public boolean isCanCode() {
        return access.canCode();
    }
}
