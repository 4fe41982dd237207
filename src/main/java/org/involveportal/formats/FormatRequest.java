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
    }

    public String getReference() {
        return reference;
    }
}
