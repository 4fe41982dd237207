package org.involveportal.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.i18n.Language;
import org.involveportal.response.ContactDetails;
import org.involveportal.web.page.PageBean;

/**
 * The printable list of people who asked to hear the outcome by post or phone (staff, publisher role):
 * name, how to reach them and their language; nothing of what they answered. Viewing it is audited.
 */
@Named
@RequestScoped
public class FeedbackContactsPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private FeedbackService feedback;

    private Consultation consultation;
    private List<Row> rows;

    /** One person to contact. */
    public record Row(String name, ContactDetails.Way way, String reach, Language language) {
    }

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        if (!allowed("PUBLISHER")) {
            return;
        }
        rows = feedback.toContactByPostOrPhone(consultation.getId(), staffMember(), slug).stream()
                .map(response -> {
                    var contact = response.getContact();
                    return new Row(contact.getName(), contact.getWay(),
                            contact.getWay() == ContactDetails.Way.POST ? contact.getAddress() : contact.getPhone(),
                            Language.fromTag(response.getLanguage()).orElse(Language.DEFAULT));
                }).toList();
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public List<Row> getRows() {
        return rows;
    }
}
