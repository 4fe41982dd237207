package org.involveportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EasyReadCheckTest {

    @Test
    @DisplayName("A sentence of more than 15 words is flagged with its count; 15 is fine")
    void longSentences() {
        String fifteen = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.";
        assertThat(EasyReadCheck.advice(fifteen, "en")).isEmpty();
        assertThat(EasyReadCheck.advice(fifteen.replace(".", " sixteen. Short one."), "en"))
                .containsExactly(new EasyReadCheck.Finding("easyRead.check.longSentence", "16"));
    }

    @Test
    @DisplayName("Acronyms and jargon are flagged once each, in the idea's language")
    void acronymsAndJargon() {
        assertThat(EasyReadCheck.advice("The CQC checks the provider. The CQC and NHS help with safeguarding.", "en"))
                .containsExactly(new EasyReadCheck.Finding("easyRead.check.acronym", "CQC"),
                        new EasyReadCheck.Finding("easyRead.check.acronym", "NHS"),
                        new EasyReadCheck.Finding("easyRead.check.jargon", "provider"),
                        new EasyReadCheck.Finding("easyRead.check.jargon", "safeguarding"));
        assertThat(EasyReadCheck.advice("Byddwn yn gwneud asesiad.", "cy"))
                .containsExactly(new EasyReadCheck.Finding("easyRead.check.jargon", "asesiad"));
        assertThat(EasyReadCheck.advice("We will listen to you.", "en")).isEmpty();
    }

    @Test
    @DisplayName("A picture from the portal's set and its alt text are needed")
    void pictureAndAltNeeded() {
        var pictures = List.of("speech", "people");
        assertThat(EasyReadCheck.problems("speech", "A speech bubble", pictures)).isEmpty();
        assertThat(EasyReadCheck.problems("../../etc/passwd", " ", pictures)).extracting(EasyReadCheck.Finding::key)
                .containsExactly("easyRead.check.picture", "easyRead.check.alt");
    }

    @Test
    @DisplayName("A hard word the glossary explains is noted as linked, not flagged as jargon, and needs no answer")
    void glossaryWordsAreExplained() {
        ExplainedWords glossary = (word, language) -> language.equals("en") && word.equalsIgnoreCase("reablement");
        var findings = EasyReadCheck.advice("We offer reablement and safeguarding.", "en", glossary);
        assertThat(findings).containsExactly(new EasyReadCheck.Finding(EasyReadCheck.IN_GLOSSARY, "reablement"),
                new EasyReadCheck.Finding("easyRead.check.jargon", "safeguarding"));
        assertThat(findings.get(0).explained()).isTrue();
        assertThat(findings.get(1).explained()).isFalse();
    }
}
