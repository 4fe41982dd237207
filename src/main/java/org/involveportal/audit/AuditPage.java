package org.involveportal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;

/** The audit trail for admins (the page is for the ADMIN role only, in web.xml): newest first. */
@Named
@RequestScoped
public class AuditPage {

    private static final int SHOWN = 200;

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    private List<AuditEvent> events;

    @PostConstruct
    void load() {
        events = trail.newest(0, SHOWN);
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public String when(AuditEvent event) {
        return DateFormatting.dateAndTime(event.getOccurredAt(), messages.getLanguage());
    }
}
