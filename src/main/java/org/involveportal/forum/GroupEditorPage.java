package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.web.page.PageBean;

/**
 * Writing a group (staff, editor role): a section per language, then how, where and on what terms it
 * meets. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class GroupEditorPage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private HttpServletRequest request;

    @Inject
    private GroupService groups;

    @Inject
    private GroupEditing editing;

    private String slug;
    private GroupForm form = new GroupForm();

    @Override
    protected void load() {
        if (!allowed(ROLE)) { // the page is for editors; a forged post from another role is refused here too
            return;
        }
        slug = parameter("g");
        if (slug != null) {
            var existing = groups.findBySlug(slug);
            if (existing.isEmpty()) {
                notFound();
                return;
            }
            form = GroupForm.from(existing.get());
        }
    }

    @Override
    protected void post() {
        form = GroupForm.from(request);
        problems(form.problems(getPictures()));
        if (hasErrors()) {
            return;
        }
        String actor = staffMember();
        if (slug == null) {
            slug = editing.create(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        redirectTo("/staff/group-edit?g=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
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
