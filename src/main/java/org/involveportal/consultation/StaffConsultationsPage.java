package org.involveportal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The staff list of consultations, optionally of one status, with title search. */
@Named
@RequestScoped
public class StaffConsultationsPage extends PageBean {

    /** One row of the list. */
    public record Row(String slug, String title, ConsultationStatus status, String opens, String closes) {
    }

    @Inject
    private ConsultationService consultations;

    @Inject
    private Messages messages;

    private ConsultationStatus status;
    private String search;
    private List<Row> rows;

    @Override
    protected void load() {
        String wanted = parameter("status");
        status = Arrays.stream(ConsultationStatus.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
        search = typed("q").trim();
        Instant now = consultations.now();
        rows = consultations.findAllForStaff().stream()
                .filter(c -> status == null || c.statusAt(now) == status)
                .filter(c -> search.isEmpty() || c.textIn("en").getTitle().toLowerCase().contains(search.toLowerCase()))
                .map(c -> row(c, now))
                .toList();
    }

    private Row row(Consultation c, Instant now) {
        var language = messages.getLanguage();
        return new Row(c.getSlug(), c.textIn(language.tag()).getTitle(), c.statusAt(now),
                DateFormatting.dateAndTime(c.getWindow().opensAt(), language),
                DateFormatting.dateAndTime(c.getWindow().closingAsSaid(), language));
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ConsultationStatus> getStatuses() {
        return List.of(ConsultationStatus.values());
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public String getSearch() {
        return search;
    }
}
