package org.involveportal.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The audit trail for admins (the role is checked by the staff area's table): a plain table paged and
 * sorted in the database, narrowed by action, person or subject with a GET form, so every view of it
 * has an address and it works without script like every other staff list.
 */
@Named
@RequestScoped
public class AuditPage extends PageBean {

    static final int PAGE_SIZE = 25;
    /** Typed filters longer than this match nothing anyway; they are cut, not refused. */
    private static final int MAX_TYPED = 200;

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    private AuditAction action;
    private String actor;
    private String subject;
    private boolean oldestFirst;
    private int page;
    private long total;
    private List<AuditEvent> events;

    @Override
    protected void load() {
        action = Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equals(parameter("what"))).findFirst().orElse(null);
        actor = narrowedBy("actor");
        subject = narrowedBy("subject");
        oldestFirst = "oldest".equals(parameter("order"));
        var filter = new AuditTrail.Filter(action, actor, subject);
        total = trail.count(filter);
        page = Math.min(Math.max(1, number(parameter("page"))), getPages());
        events = trail.search(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE, oldestFirst);
    }

    /** A typed filter, stripped and cut to its longest, or null when blank. */
    private String narrowedBy(String name) {
        String value = parameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        return value.length() > MAX_TYPED ? value.substring(0, MAX_TYPED) : value;
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The address of another page of the same view, or of this one in the other order. */
    public String query(int toPage, boolean oldest) {
        var query = new StringBuilder("page=").append(toPage);
        if (oldest) {
            query.append("&order=oldest");
        }
        if (action != null) {
            query.append("&what=").append(action.name());
        }
        if (actor != null) {
            query.append("&actor=").append(URLEncoder.encode(actor, StandardCharsets.UTF_8));
        }
        if (subject != null) {
            query.append("&subject=").append(URLEncoder.encode(subject, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public String when(AuditEvent event) {
        return DateFormatting.dateAndTime(event.getOccurredAt(), messages.getLanguage());
    }

    public String getAction() {
        return action == null ? "" : action.name();
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getTotal() {
        return total;
    }
}
