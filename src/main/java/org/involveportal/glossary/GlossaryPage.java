package org.involveportal.glossary;

import com.ibm.icu.text.Collator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The glossary page ({@code /glossary}): every term in the reader's language where it is written, else in
 * English marked as such, in the reader's alphabetical order. Each term's slug is its anchor, which pages
 * ({@code <i:term term="carer">}) and linked content point to.
 */
@Named
@RequestScoped
public class GlossaryPage extends PageBean {

    @Inject
    private GlossaryService glossary;

    @Inject
    private Messages messages;

    private List<Entry> terms;

    /** One term as the reader sees it, with the language its words are in. */
    public record Entry(String slug, String word, String meaning, Language language) {
    }

    @Override
    protected void load() {
        Language reader = messages.getLanguage();
        String tag = reader.tag();
        var collator = Collator.getInstance(reader.locale());
        terms = glossary.all().stream()
                .map(term -> new Entry(term.getSlug(), term.textIn(tag).getWord(), term.textIn(tag).getMeaning(), term.languageShownTo(tag)))
                .sorted((a, b) -> collator.compare(a.word(), b.word()))
                .toList();
    }

    public List<Entry> getTerms() {
        return terms;
    }
}
