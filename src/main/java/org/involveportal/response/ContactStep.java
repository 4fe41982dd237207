package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** Contact only if wanted, solely to hear what happened: anonymous, email, phone or post. */
@Named
@RequestScoped
public class ContactStep extends RespondStep {

    /** The details as posted, shown again when they have problems. */
    private ContactDetails posted;

    @Override
    protected String stepPath() {
        return Journey.CONTACT;
    }

    @Override
    protected void postStep() {
        posted = contactPosted();
        responses().saveContact(draft().getToken(), posted, language());
        if (savingForLater()) {
            moveTo(SAVED);
            return;
        }
        posted.problems().forEach((field, problem) -> problem(field.equals("way") ? "way-1" : field, problem));
        if (!hasErrors()) {
            moveOn();
        }
    }

    @Override
    protected void keepPosted() {
        responses().saveContact(draft().getToken(), contactPosted(), language());
    }

    private ContactDetails contactPosted() {
        String way = parameter("way");
        var chosen = Arrays.stream(ContactDetails.Way.values()).filter(w -> w.name().equals(way)).findFirst().orElse(null);
        return new ContactDetails(chosen, parameter("name"), parameter("email"), parameter("phone"), parameter("address"));
    }

    public ContactDetails getContact() {
        return posted != null ? posted : draft().getContact();
    }

    public List<ContactDetails.Way> getContactWays() {
        return List.of(ContactDetails.Way.values());
    }
}
