package org.involveportal.formats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.involveportal.platform.NotOnPublicPages;

/** Someone asked for information in another format or language; staff act on it. */
@Entity
@NotOnPublicPages
@Table(name = "format_request")
public class FormatRequest {

    /** The formats people can ask for. Names: formatRequest.format.<NAME>. */
    public enum Format { EASY_READ, LARGE_PRINT, BRAILLE, AUDIO, BSL, ANOTHER_LANGUAGE, OTHER }

    /** How the person wants us to reach them. Names: formatRequest.contactMethod.<NAME>. */
    public enum ContactMethod { EMAIL, PHONE, POST }

    /** Where a request stands. Names: formatQueue.status.<NAME>. */
    public enum Status {
        NEW, IN_PROGRESS, SENT, CANNOT_DO;

        public boolean isOpen() {
            return this == NEW || this == IN_PROGRESS;
        }
    }

    static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "page_language", nullable = false, length = 16)
    private String pageLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 30)
    private Format format;

    @Column(name = "language", length = 100)
    private String language;

    @Column(name = "about", length = 300)
    private String about;

    @Column(name = "details", length = 1000)
    private String details;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", nullable = false, length = 10)
    private ContactMethod contactMethod;

    @Column(name = "contact", nullable = false, length = 500)
    private String contact;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.NEW;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "handler_email", length = 320)
    private String handlerEmail;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "told_sent_at")
    private Instant toldSentAt;

    @Column(name = "file_stored_name", length = 36)
    private String fileStoredName;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", length = 20)
    private FormatFileType fileType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "download_token_hash", length = 64)
    private String downloadTokenHash;

    @Column(name = "download_until")
    private Instant downloadUntil;

    @Column(name = "downloads", nullable = false)
    private int downloads;

    protected FormatRequest() {
        // for JPA
    }

    FormatRequest(String reference, Instant requestedAt, String pageLanguage, FormatRequestForm form) {
        this.reference = reference;
        this.requestedAt = requestedAt;
        this.pageLanguage = pageLanguage;
        this.format = Format.valueOf(form.getFormat());
        this.language = form.getLanguage();
        this.about = form.getAbout();
        this.details = form.getDetails();
        this.name = form.getName();
        this.contactMethod = ContactMethod.valueOf(form.getContactMethod());
        this.contact = form.contactDetail();
        this.dueOn = WorkingDays.dueFor(requestedAt);
    }

    /** Past its due date and still not answered, on London's date at that moment. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && WorkingDays.today(now).isAfter(dueOn);
    }

    /** A staff member takes the request on: it is theirs, and in progress. */
    void take(String staffEmail) {
        requireOpen();
        this.handlerEmail = staffEmail;
        this.status = Status.IN_PROGRESS;
    }

    /** Back to new or in progress, or it cannot be done (with the reason, which is told to the person). */
    void changeStatus(Status newStatus, String why) {
        requireOpen();
        if (newStatus == Status.SENT) {
            throw new FormatRuleViolation("formatQueue.error.sendWithButton");
        }
        if (newStatus == Status.CANNOT_DO) {
            if (why == null || why.isBlank()) {
                throw new FormatRuleViolation("formatQueue.error.reason");
            }
            if (why.strip().length() > REASON_MAX) {
                throw new FormatRuleViolation("formatQueue.error.reasonTooLong");
            }
            this.reason = why.strip();
        } else {
            this.reason = null;
        }
        this.status = newStatus;
    }

    /** The produced file, replacing any before it; returns the stored name it replaces, if any. */
    String attach(String storedName, String name, FormatFileType type, long size) {
        requireOpen();
        String before = fileStoredName;
        this.fileStoredName = storedName;
        this.fileName = name;
        this.fileType = type;
        this.fileSize = size;
        return before;
    }

    /** Sent: by email with a private link to the file when there is one (the token's hash is kept, never the token). */
    void markSent(Instant now, String tokenHash, Instant linkUntil) {
        requireOpen();
        this.status = Status.SENT;
        this.sentAt = now;
        this.downloadTokenHash = tokenHash;
        this.downloadUntil = linkUntil;
    }

    void acknowledged(Instant now) {
        this.acknowledgedAt = now;
    }

    void toldSent(Instant now) {
        this.toldSentAt = now;
    }

    /** Whether the link's token may still fetch the file at this moment. */
    boolean linkWorksAt(Instant now, int mostDownloads) {
        return status == Status.SENT && fileStoredName != null && downloadUntil != null && now.isBefore(downloadUntil)
                && downloads < mostDownloads;
    }

    void downloaded() {
        downloads++;
    }

    void belongsTo(Long resident) {
        this.residentId = resident;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new FormatRuleViolation("formatQueue.error.closed");
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getPageLanguage() {
        return pageLanguage;
    }

    public Format getFormat() {
        return format;
    }

    public String getLanguage() {
        return language;
    }

    public String getAbout() {
        return about;
    }

    public String getDetails() {
        return details;
    }

    public String getName() {
        return name;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public String getContact() {
        return contact;
    }

    public Long getResidentId() {
        return residentId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getHandlerEmail() {
        return handlerEmail;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getToldSentAt() {
        return toldSentAt;
    }

    public String getFileStoredName() {
        return fileStoredName;
    }

    public String getFileName() {
        return fileName;
    }

    public FormatFileType getFileType() {
        return fileType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getReference() {
        return reference;
    }
}
