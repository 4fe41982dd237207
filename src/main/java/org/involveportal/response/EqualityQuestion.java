package org.involveportal.response;

import java.util.List;
import java.util.stream.Stream;

/**
 * The optional "about you" questions, after the GOV.UK equality information pattern, with the
 * categories of the 2021 census in England and Wales. Every question offers "prefer not to say".
 * Words: equality.<field>.question and equality.<field>.<OPTION>.
 */
public enum EqualityQuestion {

    AGE_GROUP("ageGroup", "UNDER_18", "18_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_84", "85_OVER"),
    SEX("sex", "FEMALE", "MALE"),
    GENDER_AS_AT_BIRTH("genderAsAtBirth", "YES", "NO"),
    SEXUAL_ORIENTATION("sexualOrientation", "STRAIGHT", "GAY_OR_LESBIAN", "BISEXUAL", "OTHER"),
    ETHNIC_GROUP("ethnicGroup", "ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"),
    RELIGION("religion", "NONE", "CHRISTIAN", "BUDDHIST", "HINDU", "JEWISH", "MUSLIM", "SIKH", "OTHER"),
    DISABILITY("disability", "YES_A_LOT", "YES_A_LITTLE", "NO"),
    CARER("carer", "YES", "NO"),
    WELSH_SPEAKER("welshSpeaker", "FLUENT", "SOME", "NO");

    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    private final String field;
    private final List<String> categories;

    EqualityQuestion(String field, String... categories) {
        this.field = field;
        this.categories = List.of(categories);
    }

    /** The form field's name and the start of its words' keys. */
    public String getField() {
        return field;
    }

    /** Every answer that can be given, "prefer not to say" last. */
    public List<String> getOptions() {
        return Stream.concat(categories.stream(), Stream.of(PREFER_NOT_TO_SAY)).toList();
    }

    /** A posted value if it is one of the options; otherwise nothing (the question counts as skipped). */
    public String accept(String value) {
        return value != null && getOptions().contains(value) ? value : null;
    }
}
