package org.involveportal.consultation;

import java.io.Serializable;

/**
 * A part of a consultation written in English but not yet in Welsh. Where the Welsh Language Standards
 * apply, publishing waits until there are none, and the publish page lists them. A question's parts
 * say which question: its number as residents see it, and its id for the link to its editor.
 */
public record WelshGap(Part part, int questionNumber, Long questionId) implements Serializable {

    /** What is missing; each has a bundle text {@code publish.welshMissing.<part>}. */
    public enum Part {
        TITLE, SUMMARY, WHAT_CAN_CHANGE, WHAT_CANNOT_CHANGE, PROPOSAL, EASY_READ, SHORTER_PERIOD_REASON,
        WINDOW_CHANGE_REASON, QUESTION_TEXT, QUESTION_HINT, QUESTION_EASY_READ, QUESTION_OPTIONS
    }

    static WelshGap of(Part part) {
        return new WelshGap(part, 0, null);
    }

    public boolean isQuestionPart() {
        return questionNumber > 0;
    }
}
