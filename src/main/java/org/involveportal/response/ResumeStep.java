package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The "come back later" link, {@code /respond/{token}}: on to where the person left off. */
@Named
@RequestScoped
public class ResumeStep extends RespondStep {

    @Override
    protected String stepPath() {
        return ""; // the draft's own address
    }

    @Override
    protected void whileOpen() {
        moveToFirstUnfinished();
    }
}
