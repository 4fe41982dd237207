package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * After sending, the optional equality questions (GOV.UK equality information pattern), kept apart
 * from the response with nothing linking back; answered once.
 */
@Named
@RequestScoped
public class AboutYouStep extends RespondStep {

    @Override
    protected String stepPath() {
        return ABOUT_YOU;
    }

    /** Not sent yet: back to the answering. */
    @Override
    protected void beforeSending() {
        moveToFirstUnfinished();
    }

    @Override
    protected void onceSent() {
        if (!isPost() && draft().isEqualityDone()) {
            moveTo(SENT); // a post is saved first, by postStep()
        }
    }

    @Override
    protected void postStep() {
        responses().saveEquality(draft().getToken(), equalityPosted());
        moveTo(SENT);
    }

    private Map<EqualityQuestion, String> equalityPosted() {
        var answers = new EnumMap<EqualityQuestion, String>(EqualityQuestion.class);
        for (EqualityQuestion question : EqualityQuestion.values()) {
            String value = parameter(question.getField());
            if (value != null) {
                answers.put(question, value);
            }
        }
        return answers;
    }

    public List<EqualityQuestion> getEqualityQuestions() {
        return List.of(EqualityQuestion.values());
    }

    public String getReference() {
        return draft().getSentReference();
    }
}
