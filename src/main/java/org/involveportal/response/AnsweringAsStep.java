package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The first step: whether the person answers for themselves, as a carer, for an organisation, ... */
@Named
@RequestScoped
public class AnsweringAsStep extends RespondStep {

    @Override
    protected String stepPath() {
        return Journey.ANSWERING_AS;
    }

    @Override
    protected void postStep() {
        String value = parameter("answeringAs");
        var chosen = Arrays.stream(AnsweringAs.values()).filter(a -> a.name().equals(value)).findFirst().orElse(null);
        if (chosen != null) {
            responses().saveAnsweringAs(draft().getToken(), chosen, language());
        }
        if (savingForLater()) {
            moveTo(SAVED);
        } else if (chosen == null) {
            problem("answeringAs-1", "answeringAs.error");
        } else {
            moveOn();
        }
    }

    public List<AnsweringAs> getAnsweringAsChoices() {
        return List.of(AnsweringAs.values());
    }

    /** The choice as posted, else as saved. */
    public String getAnsweringAs() {
        String postedValue = parameter("answeringAs");
        if (postedValue != null) {
            return postedValue;
        }
        return draft().getAnsweringAs() == null ? null : draft().getAnsweringAs().name();
    }
}
