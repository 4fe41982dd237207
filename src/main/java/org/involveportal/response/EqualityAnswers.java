package org.involveportal.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.involveportal.platform.NotOnPublicPages;

/**
 * One person's "about you" answers for a consultation, kept with nothing that links them to their
 * response: a random id, no time, no reference, no draft. They can only ever be counted together.
 */
@Entity
@NotOnPublicPages
@Table(name = "equality_answers")
public class EqualityAnswers {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "age_group", length = 30)
    private String ageGroup;

    @Column(name = "sex", length = 30)
    private String sex;

    @Column(name = "gender_as_at_birth", length = 30)
    private String genderAsAtBirth;

    @Column(name = "sexual_orientation", length = 30)
    private String sexualOrientation;

    @Column(name = "ethnic_group", length = 30)
    private String ethnicGroup;

    @Column(name = "religion", length = 30)
    private String religion;

    @Column(name = "disability", length = 30)
    private String disability;

    @Column(name = "carer", length = 30)
    private String carer;

    @Column(name = "welsh_speaker", length = 30)
    private String welshSpeaker;

    protected EqualityAnswers() {
        // for JPA
    }

    /** From the posted form: unknown values are dropped, so only real categories are counted. */
    EqualityAnswers(long consultationId, Map<EqualityQuestion, String> answers) {
        this.id = UUID.randomUUID().toString();
        this.consultationId = consultationId;
        this.ageGroup = accepted(answers, EqualityQuestion.AGE_GROUP);
        this.sex = accepted(answers, EqualityQuestion.SEX);
        this.genderAsAtBirth = accepted(answers, EqualityQuestion.GENDER_AS_AT_BIRTH);
        this.sexualOrientation = accepted(answers, EqualityQuestion.SEXUAL_ORIENTATION);
        this.ethnicGroup = accepted(answers, EqualityQuestion.ETHNIC_GROUP);
        this.religion = accepted(answers, EqualityQuestion.RELIGION);
        this.disability = accepted(answers, EqualityQuestion.DISABILITY);
        this.carer = accepted(answers, EqualityQuestion.CARER);
        this.welshSpeaker = accepted(answers, EqualityQuestion.WELSH_SPEAKER);
    }

    private static String accepted(Map<EqualityQuestion, String> answers, EqualityQuestion question) {
        return question.accept(answers.get(question));
    }

    boolean isEmpty() {
        return ageGroup == null && sex == null && genderAsAtBirth == null && sexualOrientation == null
                && ethnicGroup == null && religion == null && disability == null && carer == null && welshSpeaker == null;
    }
}
