package org.involveportal.consultation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.Navigation;

/**
 * Writing a consultation (staff, editor role): a section per language with how complete it is,
 * topics and audiences. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class ConsultationEditorPage extends FormProblems {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private SecurityContext security;

    @Inject
    private org.involveportal.web.page.Pictures pictures;

    private String slug;
    private ConsultationForm form = new ConsultationForm();
    private boolean found = true;

    @PostConstruct
    void handle() {
        slug = request.getParameter("c");
        if (slug != null) {
            var existing = consultations.findAnyBySlug(slug);
            if (existing.isEmpty()) {
                found = false;
                Navigation.sendError(404);
                return;
            }
            form = ConsultationForm.from(existing.get());
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        if (!security.isCallerInRole("EDITOR")) {
            Navigation.sendError(403); // the page is for editors; a forged post from another role is refused here too
            return;
        }
        form = ConsultationForm.from(request);
        problems(form.problems(pictures.getNames()));
        if (hasErrors()) {
            return;
        }
        String actor = security.getCallerPrincipal().getName();
        if (slug == null) {
            slug = editing.create(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        Navigation.redirect(request.getContextPath() + "/staff/consultation-edit?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }


    public boolean isShown() {
        return found && Navigation.isRendering();
    }

    public int getQuestionCount() {
        return slug == null ? 0 : consultations.findAnyBySlug(slug).map(c -> c.getQuestions().size()).orElse(0);
    }

    public boolean isNew() {
        return slug == null;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isSaved() {
        return "true".equals(request.getParameter("saved"));
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
