package org.involveportal.glossary;

import com.ibm.icu.text.Collator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The glossary in the back office ({@code /staff/glossary}, editors): every term with the languages it is
 * written in and those it is not yet, a link to change it, and a button to remove it.
 */
@Named
@RequestScoped
public class StaffGlossaryPage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private GlossaryService glossary;

    @Inject
    private GlossaryEditing editing;

    @Inject
    private Messages messages;

    private List<Row> terms;

    /** One term as the list shows it: its English word, and its languages written and missing, by name. */
    public record Row(String slug, String word, int written, int languages, List<String> missing) {
    }

    @Override
    protected void load() {
        allowed(ROLE);
    }

    @Override
    protected void post() {
        if (!"remove".equals(parameter("action"))) {
            badRequest();
            return;
        }
        String slug = parameter("t");
        if (slug == null || glossary.find(slug).isEmpty()) {
            notFound();
            return;
        }
        editing.remove(slug, staffMember());
        redirectTo("/staff/glossary?removed=true");
    }

    public List<Row> getTerms() {
        if (terms == null) {
            var collator = Collator.getInstance(messages.getLanguage().locale());
            terms = glossary.all().stream()
                    .map(term -> {
                        var missing = GlossaryForm.LANGUAGES.stream()
                                .filter(language -> !term.hasTextIn(language) || !term.partsMissingIn(language).isEmpty())
                                .toList();
                        return new Row(term.getSlug(), term.textIn(GlossaryTerm.ENGLISH).getWord(),
                                GlossaryForm.LANGUAGES.size() - missing.size(), GlossaryForm.LANGUAGES.size(),
                                missing.stream().map(messages::languageName).toList());
                    })
                    .sorted((a, b) -> collator.compare(a.word(), b.word()))
                    .toList();
        }
        return terms;
    }

    public boolean isRemoved() {
        return "true".equals(parameter("removed"));
    }
}
