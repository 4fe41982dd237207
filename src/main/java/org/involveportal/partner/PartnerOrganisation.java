package org.involveportal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.involveportal.platform.FormRules;

/**
 * An organisation that runs consultations or meetings with the council: its name (as it writes it, in every
 * language), a contact (email, phone, website: at least one) and, optionally, a logo kept by {@link PartnerLogoStore}.
 */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int WEBSITE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "contact_email", length = FormRules.EMAIL_MAX)
    private String contactEmail;

    @Column(name = "contact_phone", length = PHONE_MAX)
    private String contactPhone;

    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Column(name = "logo_file", length = 36)
    private String logoFile;

    @Column(name = "logo_type", length = 40)
    private String logoType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PartnerOrganisation() {
    }

    PartnerOrganisation(String slug, String name, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.createdAt = createdAt;
    }

    /**
     * What is wrong with a partner's details, by field, as bundle keys: a name is needed, a contact (email, phone
     * or website) too, and each must be well formed; a website is an https address.
     */
    public static Map<String, String> problems(String name, String email, String phone, String website) {
        var problems = new LinkedHashMap<String, String>();
        if (FormRules.isBlank(name)) {
            problems.put("name", "partners.error.name");
        } else if (name.strip().length() > NAME_MAX) {
            problems.put("name", "partners.error.nameTooLong");
        }
        if (FormRules.isBlank(email) && FormRules.isBlank(phone) && FormRules.isBlank(website)) {
            problems.put("email", "partners.error.contact");
        }
        if (!FormRules.isBlank(email) && (email.strip().length() > FormRules.EMAIL_MAX || !FormRules.isEmail(email.strip()))) {
            problems.put("email", "partners.error.email");
        }
        if (!FormRules.isBlank(phone) && (phone.strip().length() > PHONE_MAX || !FormRules.isPhone(phone.strip()))) {
            problems.put("phone", "partners.error.phone");
        }
        if (!FormRules.isBlank(website) && !isWebsite(website.strip())) {
            problems.put("website", "partners.error.website");
        }
        return problems;
    }

    static boolean isWebsite(String address) {
        return address.length() <= WEBSITE_MAX && address.toLowerCase(Locale.ROOT).startsWith("https://")
                && address.matches("https://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:[0-9]{1,5})?(/[\\x21-\\x7e]*)?");
    }

    void describe(String newName, String email, String phone, String newWebsite) {
        this.name = newName.strip();
        this.contactEmail = blankToNull(email);
        this.contactPhone = blankToNull(phone);
        this.website = blankToNull(newWebsite);
    }

    void replaceLogo(String storedName, String contentType) {
        this.logoFile = storedName;
        this.logoType = contentType;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public String getLogoFile() {
        return logoFile;
    }

    public String getLogoType() {
        return logoType;
    }

    public boolean hasLogo() {
        return logoFile != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
