package org.involveportal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.web.page.PageBean;

/**
 * Links for staff to see a consultation exactly as residents will: its public page in every
 * language and reading mode, and the questions from the start, all marked as a preview.
 */
@Named
@RequestScoped
public class ConsultationPreviewPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    private Consultation consultation;

    /** One language's preview links. */
    public record Row(Language language, boolean written, String standard, String easyRead, String largePrint, String answer) {
    }

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
        }
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public List<Row> getRows() {
        return Language.all().stream().map(language -> {
            String page = request.getContextPath() + language.pathPrefix() + "/consultations/" + consultation.getSlug();
            return new Row(language, consultation.hasTextIn(language.tag()),
                    page + "?preview=true&read=standard&print=standard",
                    page + "?preview=true&read=easy&print=standard",
                    page + "?preview=true&read=standard&print=large",
                    page + "/respond?preview=true");
        }).toList();
    }
}
