package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The confirmation, with the response's reference, after "about you". */
@Named
@RequestScoped
public class SentStep extends RespondStep {

    @Override
    protected String stepPath() {
        return SENT;
    }

    /** Not sent yet: back to the answering. */
    @Override
    protected void beforeSending() {
        moveToFirstUnfinished();
    }

    @Override
    protected void onceSent() {
        // this page
    }

    public String getReference() {
        return draft().getSentReference();
    }
}
