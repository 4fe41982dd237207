package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.people.ResidentService;

/**
 * Who a member or applicant is, for staff deciding on requests and planning meetings: their name and
 * email, the language and ways they want to be contacted in, and their needs, from the involvement
 * profile. Staff pages of groups show residents by id; this puts a person to the id.
 */
@Named("personForStaff")
@RequestScoped
public class PersonForStaff {

    /** A person as staff see them; the lists are in words, in the staff member's language. */
    public record Person(long id, String name, String email, String language, List<String> contactWays, String phone,
                         String postalAddress, List<String> needs, String accessNeeds) {
    }

    @Inject
    private ResidentService residents;

    @Inject
    private Messages messages;

    private final Map<Long, Person> seen = new HashMap<>();

    /** The person with this account id; null when the account is gone. */
    public Person of(long residentId) {
        return seen.computeIfAbsent(residentId, id -> residents.find(id).map(resident -> {
            var profile = resident.profile();
            String language = profile.welshCorrespondence() ? Language.WELSH.autonym()
                    : Language.fromTag(resident.getLanguage()).map(Language::autonym).orElse(resident.getLanguage());
            return new Person(id, profile.name(), resident.getEmail(), language,
                    profile.contactWays().stream().map(w -> messages.text("involvement.contact." + w.name())).toList(),
                    profile.phone(), profile.postalAddress(),
                    profile.communicationNeeds().stream().map(n -> messages.text("involvement.need." + n.name())).toList(),
                    profile.accessNeeds());
        }).orElse(null));
    }
}
