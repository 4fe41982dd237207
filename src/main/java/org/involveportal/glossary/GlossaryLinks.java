package org.involveportal.glossary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.involveportal.content.EasyReadCheck;
import org.involveportal.content.ExplainedWords;
import org.involveportal.platform.PublicContentChanged;

/**
 * Staff-written content with its glossary words linked, as views show it:
 * {@code #{glossaryLinks.text(page.text.summary, page.textLanguage.tag(), links.href('/glossary'))}} for plain
 * text, {@code glossaryLinks.html(...)} for sanitised rich text. Each text is linked once per language and
 * kept until public content changes (a glossary term or the text itself), so a page rendered for a signed-in
 * reader does not parse it again; anonymous pages are kept whole by the page cache besides.
 */
@Named
@ApplicationScoped
public class GlossaryLinks {

    /** Texts linked and kept: enough for every text of a portal's public pages in a few languages. */
    private static final int TEXTS_KEPT = 5_000;

    private record Key(boolean html, String text, String language, String glossaryHref, String newTabNote) {
    }

    @Inject
    private GlossaryService glossary;

    private volatile GlossaryLinker linker;

    /** Counts changes, so a glossary read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    private final Cache<Key, String> linked = Caffeine.newBuilder().maximumSize(TEXTS_KEPT).build();

    /** Plain text in a language, escaped, with the first occurrence of each glossary word linked. */
    public String text(String text, String language, String glossaryHref) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return linked.get(new Key(false, text, language, glossaryHref, null), key -> linker().linkText(text, language, glossaryHref));
    }

    /**
     * Plain text in a form a resident is filling in (a question's hint): as {@link #text}, with each link opening in a
     * new tab that says so ({@code newTabNote}), so following it never leaves answers not yet sent.
     */
    public String textInForm(String text, String language, String glossaryHref, String newTabNote) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return linked.get(new Key(false, text, language, glossaryHref, newTabNote),
                key -> linker().linkText(text, language, glossaryHref, newTabNote));
    }

    /** Sanitised HTML in a language with the first occurrence of each glossary word linked. */
    public String html(String html, String language, String glossaryHref) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        return linked.get(new Key(true, html, language, glossaryHref, null), key -> linker().linkHtml(html, language, glossaryHref));
    }

    /** The glossary's words, for the easy-read check: a hard word the glossary explains is linked, not jargon. */
    public ExplainedWords explainedWords() {
        var current = linker();
        return current::explains;
    }

    /** The easy-read check's advice on an idea as typed, with the glossary's words counted as explained. */
    public List<EasyReadCheck.Finding> easyReadAdvice(String text, String language) {
        return EasyReadCheck.advice(text, language, explainedWords());
    }

    void publicContentChanged(@Observes PublicContentChanged event) {
        changes.incrementAndGet();
        linker = null;
        linked.invalidateAll();
    }

    private GlossaryLinker linker() {
        var current = linker;
        if (current == null) {
            long seen = changes.get();
            current = linkerOf(glossary.all());
            if (changes.get() == seen) {
                linker = current;
            }
        }
        return current;
    }

    static GlossaryLinker linkerOf(List<GlossaryTerm> terms) {
        var entries = new HashMap<String, List<GlossaryLinker.Entry>>();
        for (GlossaryTerm term : terms) {
            for (String language : term.languagesWritten()) {
                entries.computeIfAbsent(language, l -> new ArrayList<>())
                        .add(new GlossaryLinker.Entry(term.getSlug(), term.textIn(language).phrases()));
            }
        }
        return new GlossaryLinker(entries);
    }
}
