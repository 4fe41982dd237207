package org.involveportal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The audit trail for admins (the page is for the ADMIN role only, in web.xml): a PrimeFaces table
 * that pages and sorts in the database, narrowed by action, person or subject.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    private AuditAction action;
    private String actor;
    private String subject;
    private LazyDataModel<AuditEvent> events;

    @PostConstruct
    void init() {
        events = new Events();
    }

    /** Loads one page of the table at a time, with the filter as it is when the page is asked for. */
    private final class Events extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var when = sortBy == null ? null : sortBy.get("occurredAt");
            boolean oldestFirst = when != null && when.getOrder() == SortOrder.ASCENDING;
            return trail.search(filter(), first, pageSize, oldestFirst);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null; // rows are not selected
        }
    }

    private AuditTrail.Filter filter() {
        return new AuditTrail.Filter(action, actor, subject);
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public String when(AuditEvent event) {
        return DateFormatting.dateAndTime(event.getOccurredAt(), messages.getLanguage());
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
