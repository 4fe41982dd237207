package org.involveportal.register;

import java.util.List;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.people.Resident;

/**
 * A person in the register as staff see them in the results: how they want to be involved, how a message
 * reaches them and in which language (as a group message would), their area and when they can take part.
 */
public record RegisterPerson(long id, String name, String level, MessageRecipient recipient, String district,
                             List<String> availability, List<String> needs, boolean accessNeeds) {

    public static RegisterPerson of(Resident resident) {
        var profile = resident.profile();
        return new RegisterPerson(resident.getId(), profile.name(),
                profile.involvement() == null ? null : profile.involvement().name(), MessageRecipient.of(resident),
                resident.getPostcodeDistrict(), profile.availability().stream().map(Enum::name).toList(),
                profile.communicationNeeds().stream().map(Enum::name).toList(), profile.accessNeeds() != null);
    }
}
