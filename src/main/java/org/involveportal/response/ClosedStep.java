package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The consultation closed before these answers were sent: it says so plainly and shows everything the
 * person wrote, so they can keep it or send it to the council another way.
 */
@Named
@RequestScoped
public class ClosedStep extends RespondStep {

    @Override
    protected String stepPath() {
        return CLOSED;
    }

    /** Still open after all (an old link, or the window extended): on to where the person left off. */
    @Override
    protected void whileOpen() {
        moveToFirstUnfinished();
    }

    @Override
    protected void onceClosed() {
        // this page
    }

    public boolean isWithdrawn() {
        return draft().getConsultation().isWithdrawn();
    }

    public AnswersInWords getSummary() {
        return new AnswersInWords(draft(), messages(), language(), this::href);
    }
}
