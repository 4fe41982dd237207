package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.web.page.PageBean;

/** The training courses for staff (editor role): each with whether residents see it and how many sessions it has. */
@Named
@RequestScoped
public class StaffTrainingPage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private TrainingService training;

    private List<Row> rows;

    /** One course as the list shows it (its English title: staff write English first). */
    public record Row(String slug, String title, boolean published, int sessions) {
    }

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        rows = training.findAll().stream()
                .map(c -> new Row(c.getSlug(), c.textIn("en").getTitle(), c.isPublished(), training.sessionsOf(c.getId()).size()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
