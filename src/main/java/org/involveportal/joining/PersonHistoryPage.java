package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.i18n.Messages;
import org.involveportal.people.InvolvementHistories;
import org.involveportal.web.page.PageBean;

/**
 * One person's involvement history for staff ({@code /staff/person?r=ID}, editor role): who they are, their totals
 * and every meeting, consultation answered, activity and course. Each viewing is in the audit trail.
 */
@Named
@RequestScoped
public class PersonHistoryPage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private InvolvementHistories histories;

    @Inject
    private PersonForStaff people;

    @Inject
    private AuditTrail audit;

    @Inject
    private Messages messages;

    private PersonForStaff.Person person;
    private HistoryView history;

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        String r = parameter("r");
        person = r != null && r.matches("[1-9][0-9]{0,17}") ? people.of(Long.parseLong(r)) : null;
        if (person == null) {
            notFound();
            return;
        }
        history = HistoryView.of(histories.of(person.id(), messages.getLanguage()), messages);
        audit.record(staffMember(), AuditAction.PERSON_HISTORY_VIEWED, "resident", String.valueOf(person.id()), null);
    }

    public PersonForStaff.Person getPerson() {
        return person;
    }

    public HistoryView getHistory() {
        return history;
    }
}
