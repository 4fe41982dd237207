package org.involveportal.consultation;

/** The kinds of question a consultation can ask. Ranking is done with selects, never by dragging. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT,
    RATING,
    RANKING
}
