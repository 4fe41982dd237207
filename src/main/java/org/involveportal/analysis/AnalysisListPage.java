package org.involveportal.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The consultations that can be analysed (every published one) with how many responses each has. */
@Named
@RequestScoped
public class AnalysisListPage extends PageBean {

    /** One consultation of the list. */
    public record Row(String slug, String title, ConsultationStatus status, long responses) {
    }

    @Inject
    private ConsultationService consultations;

    @Inject
    private AnalysisService analysis;

    @Inject
    private AnalysisAccess access;

    @Inject
    private Messages messages;

    private List<Row> rows = List.of();

    @Override
    protected void load() {
        if (!access.canRead()) {
            refuse();
            return;
        }
        Instant now = consultations.now();
        var counts = analysis.sentResponsesPerConsultation();
        rows = consultations.findAllForStaff().stream()
                .filter(c -> c.isPublished())
                .map(c -> new Row(c.getSlug(), c.textIn("en").getTitle(), c.statusAt(now), counts.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
