package org.involveportal.glossary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.involveportal.web.page.PageBean;

/**
 * Adding or changing a glossary term (staff, editor role): a section per language with the word, its other
 * forms and its meaning. A plain form: what was typed comes back with the problems beside it.
 */
@Named
@RequestScoped
public class GlossaryEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private GlossaryService glossary;

    @Inject
    private GlossaryEditing editing;

    private String slug;
    private GlossaryForm form = new GlossaryForm();

    @Override
    protected void load() {
        if (!allowed(StaffGlossaryPage.ROLE)) {
            return;
        }
        slug = parameter("t");
        if (slug != null) {
            var existing = glossary.find(slug);
            if (existing.isEmpty()) {
                notFound();
                return;
            }
            form = GlossaryForm.from(existing.get());
        }
    }

    @Override
    protected void post() {
        form = GlossaryForm.from(request);
        problems(form.problems());
        if (hasErrors()) {
            return;
        }
        String actor = staffMember();
        if (slug == null) {
            slug = editing.add(form, actor).getSlug();
        } else {
            editing.update(slug, form, actor);
        }
        redirectTo("/staff/glossary-edit?t=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
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

    public GlossaryForm getForm() {
        return form;
    }
}
