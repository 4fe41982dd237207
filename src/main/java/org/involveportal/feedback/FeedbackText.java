package org.involveportal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.involveportal.content.LanguageText;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.RichText;

/**
 * The feedback's words in one language: how many took part and how (plain text), then what people
 * said, what was decided, what could not be done and why, and what happens next (staff rich text,
 * sanitised by the one rich-text policy as they are set).
 */
@Embeddable
public class FeedbackText implements LanguageText {

    @Column(name = "took_part")
    private String tookPart;

    @Lob
    @Column(name = "people_said")
    private String peopleSaid;

    @Lob
    @Column(name = "decided")
    private String decided;

    @Lob
    @Column(name = "could_not")
    private String couldNot;

    @Lob
    @Column(name = "next_steps")
    private String nextSteps;

    protected FeedbackText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TOOK_PART", tookPart);
        parts.put("PEOPLE_SAID", peopleSaid);
        parts.put("DECIDED", decided);
        parts.put("COULD_NOT", couldNot);
        parts.put("NEXT_STEPS", nextSteps);
        return parts;
    }

    public FeedbackText(String tookPart, String peopleSaid, String decided, String couldNot, String nextSteps) {
        this.tookPart = blankToNull(tookPart);
        this.peopleSaid = rich(peopleSaid);
        this.decided = rich(decided);
        this.couldNot = rich(couldNot);
        this.nextSteps = rich(nextSteps);
    }

    private static String rich(String html) {
        return FormRules.isBlank(html) ? null : RichText.sanitise(html);
    }

    private static String blankToNull(String value) {
        return FormRules.isBlank(value) ? null : value.strip();
    }

    /** The parts a published feedback must have: who took part, what they said, what was decided, what next. */
    public boolean hasRequiredParts() {
        return Stream.of(tookPart, peopleSaid, decided, nextSteps).noneMatch(FormRules::isBlank);
    }


    public String getTookPart() {
        return tookPart;
    }

    public String getPeopleSaid() {
        return peopleSaid;
    }

    public String getDecided() {
        return decided;
    }

    public String getCouldNot() {
        return couldNot;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
