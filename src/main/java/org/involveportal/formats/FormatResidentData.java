package org.involveportal.formats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * The requests for another format a resident made while signed in, with the contact details given: listed on
 * "my data" and in its download, and removed with their files when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class FormatResidentData implements PersonalDataSource {

    @Inject
    private FormatRequestService requests;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var request : requests.ofResident(residentId)) {
            var item = new LinkedHashMap<String, String>();
            item.put("formatRequest.data.reference", request.getReference());
            item.put("formatRequest.data.format", messages.text("formatRequest.format." + request.getFormat().name()));
            if (request.getLanguage() != null && !request.getLanguage().isBlank()) {
                item.put("formatRequest.data.language", request.getLanguage());
            }
            if (request.getDetails() != null && !request.getDetails().isBlank()) {
                item.put("formatRequest.details.label", request.getDetails());
            }
            item.put("formatRequest.name.label", request.getName());
            item.put("formatRequest.contactMethod." + request.getContactMethod().name(), request.getContact());
            item.put("formatRequest.data.requested", DateFormatting.dateAndTime(request.getRequestedAt(), language));
            item.put("formatRequest.data.due", DateFormatting.date(request.getDueOn(), language));
            item.put("formatRequest.data.status", messages.text("formatRequest.status." + request.getStatus().name()));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("formatRequest.data.title", items));
    }

    /** Inside the deleting transaction: the requests and their files go. */
    void onDeleting(@Observes ResidentDeleting deleting) {
        requests.removeResident(deleting.residentId());
    }
}
