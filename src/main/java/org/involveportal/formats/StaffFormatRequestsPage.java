package org.involveportal.formats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The queue of requests for another format ({@code /staff/format-requests}, editors: they write the content the
 * formats are made from): each request with its reference, format, language, what it is for, due date, status and
 * who handles it, overdue said in words; all of them or one status, always the soonest due first.
 */
@Named
@RequestScoped
public class StaffFormatRequestsPage extends PageBean {

    static final String ROLE = "EDITOR";

    /** A request in the queue. */
    public record Row(String reference, String formatKey, String language, String about, String details, String due,
                      String statusKey, String handler, boolean overdue) {
    }

    @Inject
    private FormatRequestService requests;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private FormatRequest.Status status;

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        status = filter("status", FormatRequest.Status.class).orElse(null);
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public List<String> getStatuses() {
        return Arrays.stream(FormatRequest.Status.values()).map(Enum::name).toList();
    }

    public long count(String name) {
        return requests.count(FormatRequest.Status.valueOf(name));
    }

    public long getOverdue() {
        return requests.countOverdue(clock.instant());
    }

    public List<Row> getRows() {
        var language = messages.getLanguage();
        var now = clock.instant();
        return requests.queue(status).stream().map(request -> new Row(request.getReference(),
                "formatRequest.format." + request.getFormat().name(), languageOf(request), request.getAbout(),
                request.getDetails(), DateFormatting.date(request.getDueOn(), language),
                "formatQueue.status." + request.getStatus().name(), requests.staffName(request.getHandlerEmail()),
                request.isOverdueAt(now))).toList();
    }

    /** The language asked for, or the one of the page the request was made on. */
    String languageOf(FormatRequest request) {
        if (request.getLanguage() != null && !request.getLanguage().isBlank()) {
            return request.getLanguage();
        }
        return messages.languageName(request.getPageLanguage());
    }
}
