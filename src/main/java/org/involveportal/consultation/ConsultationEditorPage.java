package org.involveportal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.partner.PartnerOrganisation;
import org.involveportal.partner.PartnerService;
import org.involveportal.web.page.PageBean;

/**
 * Writing a consultation (staff, editor role): a section per language with how complete it is,
 * topics and audiences. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class ConsultationEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private org.involveportal.web.page.Pictures pictures;

    @Inject
    private PartnerService partners;

    private String slug;
    private ConsultationForm form = new ConsultationForm();
    /** The partner chosen, by its address name ("" for none), as saved or as sent. */
    private String partnerSlug = "";

    @Override
    protected void load() {
        slug = parameter("c");
        if (slug != null) {
            var existing = consultations.findAnyBySlug(slug);
            if (existing.isEmpty()) {
                notFound();
                return;
            }
            form = ConsultationForm.from(existing.get());
            var partner = existing.get().getPartner();
            partnerSlug = partner == null ? "" : partner.getSlug();
        }
    }

    @Override
    protected void post() {
        if (!allowed("EDITOR")) {
            return; // the page is for editors; a forged post from another role is refused here too
        }
        form = ConsultationForm.from(request);
        problems(form.problems(pictures.getNames()));
        // the partner is its own field: a post without it (an older form) leaves the partner as it is
        String partnerSent = parameter("partner");
        PartnerOrganisation partner = null;
        if (partnerSent != null) {
            partnerSlug = partnerSent;
            partner = partnerSent.isEmpty() ? null : partners.findBySlug(partnerSent).orElse(null);
            if (!partnerSent.isEmpty() && partner == null) {
                problem("partner", "partners.error.unknown");
            }
        }
        if (hasErrors()) {
            return;
        }
        if (slug == null) {
            slug = editing.create(form, staffMember()).getSlug();
        } else {
            editing.update(slug, form, staffMember());
        }
        if (partnerSent != null) {
            editing.namePartner(slug, partner, staffMember());
        }
        redirectTo("/staff/consultation-edit?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    public int getQuestionCount() {
        return slug == null ? 0 : consultations.findAnyBySlug(slug).map(c -> c.getQuestions().size()).orElse(0);
    }

    public List<PartnerOrganisation> getPartners() {
        return partners.all();
    }

    public String getPartnerSlug() {
        return partnerSlug;
    }

    public boolean isNew() {
        return slug == null;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }

    public ConsultationForm getForm() {
        return form;
    }

    public ConsultationForm.Words words(String language) {
        return form.words(language);
    }


    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }
}
