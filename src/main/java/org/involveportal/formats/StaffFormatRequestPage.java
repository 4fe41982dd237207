package org.involveportal.formats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.PageBean;

/**
 * One request for another format ({@code /staff/format-request?r=reference}, editors): what was asked, by whom and how
 * to reach them, when it is due; take it, change its status (a reason when it cannot be done), attach the produced
 * file (posted to {@link FormatFileServlet}) and mark it sent. A request by post or phone shows the letter to post
 * or what to say, in the person's language, until staff record they did it.
 */
@Named
@RequestScoped
public class StaffFormatRequestPage extends PageBean {

    private static final Set<String> DONE = Set.of("taken", "status", "file", "sent", "contacted");
    private static final Set<String> FILE_ERRORS = Set.of("formatQueue.error.fileNone", "formatQueue.error.fileTooLarge",
            "formatQueue.error.fileType", "formatQueue.error.closed");

    @Inject
    private FormatRequestService requests;

    @Inject
    private FormatMail mail;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private FormatRequest request;
    private String reason = "";
    private String chosenStatus;

    @Override
    protected void load() {
        if (!allowed(StaffFormatRequestsPage.ROLE)) {
            return;
        }
        request = requests.find(parameter("r")).orElse(null);
        if (request == null) {
            notFound();
            return;
        }
        chosenStatus = request.getStatus().name();
        String fileError = parameter("fileError");
        if (fileError != null && FILE_ERRORS.contains(fileError)) {
            problem("file", fileError);
        }
    }

    @Override
    protected void post() {
        if (!allowed(StaffFormatRequestsPage.ROLE)) {
            return;
        }
        String action = String.valueOf(parameter("action"));
        try {
            switch (action) {
                case "take" -> {
                    requests.take(request.getReference(), staffMember());
                    redirectTo(here("taken"));
                }
                case "status" -> {
                    chosenStatus = typed("status");
                    reason = typed("reason");
                    var status = List.of(FormatRequest.Status.NEW, FormatRequest.Status.IN_PROGRESS, FormatRequest.Status.CANNOT_DO)
                            .stream().filter(s -> s.name().equals(chosenStatus)).findFirst();
                    if (status.isEmpty()) {
                        problem("status", "formatQueue.error.status");
                        return;
                    }
                    if (status.get() == FormatRequest.Status.CANNOT_DO && FormRules.isBlank(reason)) {
                        problem("reason", "formatQueue.error.reason");
                        return;
                    }
                    if (FormRules.length(reason) > FormatRequest.REASON_MAX) {
                        problem("reason", "formatQueue.error.reasonTooLong");
                        return;
                    }
                    requests.changeStatus(request.getReference(), status.get(), reason, staffMember());
                    redirectTo(here("status"));
                }
                case "send" -> {
                    requests.markSent(request.getReference(), staffMember());
                    redirectTo(here("sent"));
                }
                case "contacted" -> {
                    requests.recordContacted(request.getReference(), staffMember());
                    redirectTo(here("contacted"));
                }
                default -> badRequest();
            }
        } catch (FormatRuleViolation violation) {
            problem("status".equals(action) ? "reason" : "actions", violation.messageKey());
        }
    }

    private String here(String done) {
        return "/staff/format-request?r=" + request.getReference() + "&done=" + done;
    }

    public String getDoneKey() {
        String done = parameter("done");
        return done != null && DONE.contains(done) ? "formatQueue.done." + done : null;
    }

    public FormatRequest getRequest() {
        return request;
    }

    public boolean isOpen() {
        return request.getStatus().isOpen();
    }

    public boolean isOverdue() {
        return request.isOverdueAt(clock.instant());
    }

    public String getRequested() {
        return DateFormatting.dateAndTime(request.getRequestedAt(), messages.getLanguage());
    }

    public String getDue() {
        return DateFormatting.date(request.getDueOn(), messages.getLanguage());
    }

    public String getPageLanguage() {
        return messages.languageName(request.getPageLanguage());
    }

    public String getHandler() {
        return requests.staffName(request.getHandlerEmail());
    }

    public boolean isMine() {
        return staffMember() != null && staffMember().equals(request.getHandlerEmail());
    }

    public String when(java.time.Instant at) {
        return at == null ? null : DateFormatting.dateAndTime(at, messages.getLanguage());
    }

    public String getFileSize() {
        long size = request.getFileSize() == null ? 0 : request.getFileSize();
        return size >= 1024 * 1024 ? String.format(messages.getLanguage().locale().toLocale(), "%.1f MB", size / 1048576.0)
                : Math.max(1, size / 1024) + " KB";
    }

    /** The letter to post or what to say on the phone, while staff have not recorded doing it; null when none. */
    public FormatMail.Text getToDo() {
        if (request.getContactMethod() == FormatRequest.ContactMethod.EMAIL) {
            return null;
        }
        if (request.getStatus() == FormatRequest.Status.SENT) {
            return request.getToldSentAt() == null ? mail.sentNotice(request, null) : null;
        }
        return request.getAcknowledgedAt() == null ? mail.acknowledgement(request) : null;
    }

    public List<String> getStatuses() {
        return List.of("NEW", "IN_PROGRESS", "CANNOT_DO");
    }

    public String getChosenStatus() {
        return chosenStatus;
    }

    public String getReason() {
        return reason;
    }

    public long getMostMegabytes() {
        return FormatFileType.MOST_BYTES / (1024 * 1024);
    }
}
