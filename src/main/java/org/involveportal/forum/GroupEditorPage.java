package org.involveportal.forum;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.consultation.ClientGroup;
import org.involveportal.consultation.Topic;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.Navigation;

/**
 * Writing a group (staff, editor role): a section per language, then how, where and on what terms it
 * meets. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class GroupEditorPage extends FormProblems {

    static final String ROLE = "EDITOR";

    @Inject
    private HttpServletRequest request;

    @Inject
    private GroupService groups;

    @Inject
    private GroupEditing editing;

    @Inject
    private SecurityContext security;

    private String slug;
    private GroupForm form = new GroupForm();
    private boolean found = true;

    @PostConstruct
    void handle() {
        if (!security.isCallerInRole(ROLE)) {
            found = false;
            Navigation.sendError(403); // the page is for editors; a forged post from another role is refused here too
            return;
        }
        slug = request.getParameter("g");
        if (slug != null) {
            var existing = groups.findBySlug(slug);
            if (existing.isEmpty()) {
                found = false;
                Navigation.sendError(404);
                return;
            }
            form = GroupForm.from(existing.get());
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        form = GroupForm.from(request);
        problems(form.problems(getPictures()));
        if (hasErrors()) {
            return;
        }
        String actor = security.getCallerPrincipal().getName();
        if (slug == null) {
            slug = editing.create(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        Navigation.redirect(request.getContextPath() + "/staff/group-edit?g=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    public boolean isShown() {
        return found && Navigation.isRendering();
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

    public GroupForm getForm() {
        return form;
    }

    /** The pictures easy-read ideas can use: the files in static/pictures, by name. */
    public List<String> getPictures() {
        var paths = FacesContext.getCurrentInstance().getExternalContext().getResourcePaths("/static/pictures/");
        return paths == null ? List.of() : paths.stream().filter(p -> p.endsWith(".svg"))
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - 4)).sorted().toList();
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    public List<Support> getSupports() {
        return List.of(Support.values());
    }

    public List<MeetingMode> getModes() {
        return List.of(MeetingMode.values());
    }

    public List<Payment> getPayments() {
        return List.of(Payment.values());
    }
}
