package org.involveportal.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.involveportal.platform.RichText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {

    private static final GlossaryLinker LINKER = new GlossaryLinker(Map.of(
            "en", List.of(
                    new GlossaryLinker.Entry("carer", new GlossaryText("Carer", "carers\ncared for", "Someone who looks after…").phrases()),
                    new GlossaryLinker.Entry("direct-payment", List.of("direct payment", "direct payments")),
                    new GlossaryLinker.Entry("payment", List.of("payment")),
                    new GlossaryLinker.Entry("reablement", List.of("reablement"))),
            "cy", List.of(new GlossaryLinker.Entry("carer", new GlossaryText("Gofalwr", "gofalwyr\nofalwr", "Rhywun…").phrases())),
            "ur", List.of(new GlossaryLinker.Entry("carer",
                    new GlossaryText("دیکھ بھال کرنے والا (کیئرر)", "دیکھ بھال کرنے والے", "…").phrases())),
            "bn", List.of(new GlossaryLinker.Entry("consultation", new GlossaryText("মতামত সংগ্রহ (কনসালটেশন)", null, "…").phrases())),
            "zh-Hans", List.of(new GlossaryLinker.Entry("carer", List.of("照顾者")))));

    private static String text(String text, String language) {
        return LINKER.linkText(text, language, "/glossary");
    }

    @Test
    @DisplayName("Only the first occurrence of a word is linked, in any case, with the text around it kept")
    void firstOccurrenceOnly() {
        assertThat(text("Carers matter. Every carer counts, and carers know it.", "en"))
                .isEqualTo("<a class=\"term\" href=\"/glossary#carer\">Carers</a> matter. Every carer counts, and carers know it.");
    }

    @Test
    @DisplayName("Words match whole: a word inside another word is not linked")
    void wholeWordsOnly() {
        assertThat(text("Scarers and caretakers are not a carer's subject", "en"))
                .isEqualTo("Scarers and caretakers are not a <a class=\"term\" href=\"/glossary#carer\">carer</a>'s subject");
        assertThat(text("Prepayment is not linked", "en")).isEqualTo("Prepayment is not linked");
    }

    @Test
    @DisplayName("Other forms count as the word, phrases match across any white space, and the longest phrase wins")
    void formsAndPhrases() {
        assertThat(text("People who are cared\nfor", "en")).isEqualTo("People who are <a class=\"term\" href=\"/glossary#carer\">cared\nfor</a>");
        assertThat(text("A direct payment is one payment", "en")).isEqualTo(
                "A <a class=\"term\" href=\"/glossary#direct-payment\">direct payment</a> is one <a class=\"term\" href=\"/glossary#payment\">payment</a>");
    }

    @Test
    @DisplayName("Sanitised HTML: words in text are linked, never inside a link or heading, and the markup stays as it was")
    void sanitisedHtml() {
        String html = RichText.sanitise("<h2>Reablement</h2><p>Read <a href=\"https://example.org\">about reablement</a>.</p>"
                + "<p>We offer <strong>reablement</strong> at home.</p><p>Reablement again.</p>");
        String linked = LINKER.linkHtml(html, "en", "/cy/glossary");
        assertThat(linked).isEqualTo("<h2>Reablement</h2><p>Read <a href=\"https://example.org\" rel=\"noopener noreferrer\">about reablement</a>.</p>"
                + "<p>We offer <strong><a class=\"term\" href=\"/cy/glossary#reablement\">reablement</a></strong> at home.</p><p>Reablement again.</p>");
    }

    @Test
    @DisplayName("Text and attributes stay escaped: nothing typed becomes markup")
    void staysEscaped() {
        String linked = text("<script>alert('carer')</script> & a carer", "en");
        assertThat(linked).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
        assertThat(Jsoup.parseBodyFragment(linked).select("*").stream().map(e -> e.normalName()).distinct().toList())
                .containsExactlyInAnyOrder("#root", "html", "head", "body", "a");
        String html = LINKER.linkHtml(RichText.sanitise("<p title=\"carer\">x</p><img src=x onerror=alert(1)><p>carer</p>"), "en", "/glossary");
        assertThat(html).doesNotContain("onerror").doesNotContain("<img").contains("<a class=\"term\" href=\"/glossary#carer\">carer</a>");
    }

    @Test
    @DisplayName("Welsh words and their mutated forms are linked in Welsh text, English words are not")
    void welsh() {
        assertThat(text("Rydym am glywed gan ofalwyr a'r gofalwr", "cy"))
                .isEqualTo("Rydym am glywed gan ofalwyr a'r <a class=\"term\" href=\"/glossary#carer\">gofalwr</a>");
        assertThat(text("Mae carer yn Saesneg", "cy")).isEqualTo("Mae carer yn Saesneg");
        // "ofalwyr" is not a form given, "ofalwr" is: a mutated form matches only whole
        assertThat(text("Pob ofalwr", "cy")).isEqualTo("Pob <a class=\"term\" href=\"/glossary#carer\">ofalwr</a>");
    }

    @Test
    @DisplayName("Urdu and Bengali: the word and the word in brackets match whole, vowel signs counting as part of the word")
    void urduAndBengali() {
        assertThat(text("ہم دیکھ بھال کرنے والے لوگوں سے بات کریں گے۔", "ur"))
                .isEqualTo("ہم <a class=\"term\" href=\"/glossary#carer\">دیکھ بھال کرنے والے</a> لوگوں سے بات کریں گے۔");
        assertThat(text("کیئرر کی مدد", "ur")).isEqualTo("<a class=\"term\" href=\"/glossary#carer\">کیئرر</a> کی মদد".replace("মদد", "مدد"));
        assertThat(text("এই কনসালটেশনে", "bn")).isEqualTo("এই কনসালটেশনে"); // a longer word, not the word
        assertThat(text("এই কনসালটেশন খোলা", "bn")).isEqualTo("এই <a class=\"term\" href=\"/glossary#consultation\">কনসালটেশন</a> খোলা");
    }

    @Test
    @DisplayName("Chinese, written without spaces, matches the exact string inside a sentence")
    void chinese() {
        assertThat(text("我们想听取照顾者的意见。照顾者很重要。", "zh-Hans"))
                .isEqualTo("我们想听取<a class=\"term\" href=\"/glossary#carer\">照顾者</a>的意见。照顾者很重要。");
    }

    @Test
    @DisplayName("The easy-read check asks whether a word is explained: any form, any case, in its language only")
    void explains() {
        assertThat(LINKER.explains("Carers", "en")).isTrue();
        assertThat(LINKER.explains("reablement", "en")).isTrue();
        assertThat(LINKER.explains("reablement", "cy")).isFalse();
        assertThat(LINKER.explains("safeguarding", "en")).isFalse();
    }

    @Test
    @DisplayName("A language without glossary terms gives the text back as it was")
    void noTerms() {
        assertThat(LINKER.linkHtml("<p>carer</p>", "so", "/so/glossary")).isEqualTo("<p>carer</p>");
        assertThat(text("a < b", "so")).isEqualTo("a &lt; b");
    }

    @Test
    @DisplayName("In a form's hint a link opens in a new tab and says so, so answers not yet sent stay on the page")
    void inAForm() {
        assertThat(LINKER.linkText("Tell us as a carer", "en", "/glossary", "(opens in a new tab)")).isEqualTo(
                "Tell us as a <a class=\"term\" href=\"/glossary#carer\" target=\"_blank\" rel=\"noopener\">carer"
                        + "<span class=\"visually-hidden\"> (opens in a new tab)</span></a>");
    }
}
