package org.involveportal.consultation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writing a consultation (staff, editor role): a section per language with how complete it is,
 * topics and audiences. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class ConsultationEditorPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private SecurityContext security;

    private String slug;
    private ConsultationForm form = new ConsultationForm();
    private Map<String, String> errors = Map.of();
    private boolean found = true;

    @PostConstruct
    void handle() {
        slug = request.getParameter("c");
        if (slug != null) {
            var existing = consultations.findAnyBySlug(slug);
            if (existing.isEmpty()) {
                found = false;
                respond(404);
                return;
            }
            form = ConsultationForm.from(existing.get());
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        if (!security.isCallerInRole("EDITOR")) {
            respond(403); // the page is for editors; a forged post from another role is refused here too
            return;
        }
        form = ConsultationForm.from(request);
        errors = form.problems();
        if (!errors.isEmpty()) {
            return;
        }
        String actor = security.getCallerPrincipal().getName();
        if (slug == null) {
            slug = editing.create(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        redirect(request.getContextPath() + "/staff/consultation-edit?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    private void respond(int status) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isShown() {
        return found && !FacesContext.getCurrentInstance().getResponseComplete();
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

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<String> getErrorFields() {
        return List.copyOf(errors.keySet());
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }
}
