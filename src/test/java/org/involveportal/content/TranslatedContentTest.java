package org.involveportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.junit.jupiter.api.Test;

class TranslatedContentTest {

    /** Words with a required title and an optional note. */
    record Words(String title, String note) implements LanguageText {
        @Override
        public Map<String, String> parts() {
            var parts = new LinkedHashMap<String, String>();
            parts.put("TITLE", title);
            parts.put("NOTE", note);
            return parts;
        }
    }

    static final class Notice extends TranslatedContent<Words> {
        private final Map<String, Words> texts = new HashMap<>();
        private final List<EasyReadIdea> ideas = new ArrayList<>();

        Notice(Words english) {
            texts.put(ENGLISH, english);
        }

        @Override
        protected Map<String, Words> texts() {
            return texts;
        }

        @Override
        protected List<EasyReadIdea> easyReadIdeas() {
            return ideas;
        }
    }

    @Test
    void aReaderGetsTheirLanguageWhereWrittenElseEnglish() {
        var notice = new Notice(new Words("Day centres", null));
        notice.putText("cy", new Words("Canolfannau dydd", null));

        assertThat(notice.textIn("cy").title()).isEqualTo("Canolfannau dydd");
        assertThat(notice.languageShownTo("cy")).isEqualTo(Language.fromTag("cy").orElseThrow());
        assertThat(notice.textIn("ur").title()).isEqualTo("Day centres");
        assertThat(notice.textLanguage("ur")).isEqualTo("en");
        assertThat(notice.languageShownTo("ur")).isEqualTo(Language.DEFAULT);
        assertThat(notice.hasTextIn("ur")).isFalse();
    }

    @Test
    void englishCannotBeRemovedButATranslationCan() {
        var notice = new Notice(new Words("Day centres", null));
        notice.putText("bn", new Words("ডে সেন্টার", null));

        notice.removeText("en");
        notice.removeText("bn");

        assertThat(notice.hasTextIn("en")).isTrue();
        assertThat(notice.hasTextIn("bn")).isFalse();
    }

    @Test
    void aLanguageMissesWhatEnglishHasAndItLacks() {
        var notice = new Notice(new Words("Day centres", "Bring a friend"));
        assertThat(notice.partsMissingIn("cy")).containsExactly("TITLE", "NOTE");

        notice.putText("cy", new Words("Canolfannau dydd", " "));
        assertThat(notice.partsMissingIn("cy")).containsExactly("NOTE");

        var withoutNote = new Notice(new Words("Day centres", null));
        withoutNote.putText("cy", new Words("Canolfannau dydd", null));
        assertThat(withoutNote.partsMissingIn("cy")).isEmpty();
    }

    @Test
    void easyReadFallsBackToEnglishAndIsReplacedOneLanguageAtATime() {
        var notice = new Notice(new Words("Day centres", null));
        assertThat(notice.easyReadMissingIn("cy")).isFalse();

        notice.addEasyReadIdea(new EasyReadIdea("en", "We want to hear from you.", "people", "People"));
        notice.addEasyReadIdea(new EasyReadIdea("en", "Tell us by 1 March.", "calendar", "Calendar"));
        assertThat(notice.easyReadMissingIn("cy")).isTrue();
        assertThat(notice.easyReadIn("cy")).extracting(EasyReadIdea::getLanguage).containsOnly("en");

        notice.replaceEasyRead("cy", List.of(new EasyReadIdea("cy", "Rydym eisiau clywed gennych.", "people", "Pobl")));
        assertThat(notice.easyReadIn("cy")).extracting(EasyReadIdea::getText).containsExactly("Rydym eisiau clywed gennych.");
        assertThat(notice.easyReadWrittenIn("en")).hasSize(2);
        assertThat(notice.easyReadMissingIn("cy")).isFalse();
    }

    @Test
    void easyReadListsLeadWithTheFirstIdeaInTheLanguageOfTheTitle() {
        var notice = new Notice(new Words("Day centres", null));
        notice.putText("cy", new Words("Canolfannau dydd", null));
        assertThat(notice.listSummaryFor("cy", true, "Y crynodeb")).as("no ideas: the summary").isEqualTo("Y crynodeb");

        notice.addEasyReadIdea(new EasyReadIdea("en", "We want to hear from you.", "people", "People"));
        notice.addEasyReadIdea(new EasyReadIdea("en", "Tell us by 1 March.", "calendar", "Calendar"));
        assertThat(notice.listSummaryFor("en", true, "The summary")).isEqualTo("We want to hear from you.");
        assertThat(notice.listSummaryFor("en", false, "The summary")).as("standard reading").isEqualTo("The summary");
        assertThat(notice.listSummaryFor("cy", true, "Y crynodeb")).as("a Welsh title keeps a Welsh summary").isEqualTo("Y crynodeb");
        assertThat(notice.listSummaryFor("ur", true, "The summary")).as("an English title, English ideas")
                .isEqualTo("We want to hear from you.");

        notice.replaceEasyRead("cy", List.of(new EasyReadIdea("cy", "Rydym eisiau clywed gennych.", "people", "Pobl")));
        assertThat(notice.listSummaryFor("cy", true, "Y crynodeb")).isEqualTo("Rydym eisiau clywed gennych.");
    }
}
