package org.involveportal.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.platform.FormRules;

/**
 * How to tell someone what happened because of what people said, given only if they want it. Without
 * it a response is anonymous. Only the detail for the chosen way is kept.
 */
@Embeddable
public class ContactDetails {

    /** How the person wants to hear back. Names: contact.way.<NAME>. */
    public enum Way { NONE, EMAIL, PHONE, POST }

    static final int NAME_MAX = 100;
    static final int ADDRESS_MAX = 500;
    static final int PHONE_MAX = 30;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_way", length = 10)
    private Way way;

    @Column(name = "contact_name", length = NAME_MAX)
    private String name;

    @Column(name = "contact_email", length = FormRules.EMAIL_MAX)
    private String email;

    @Column(name = "contact_phone", length = 30)
    private String phone;

    @Column(name = "contact_address", length = ADDRESS_MAX)
    private String address;

    public ContactDetails() {
        // nothing chosen yet
    }

    public ContactDetails(Way way, String name, String email, String phone, String address) {
        this.way = way;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
    }

    public static ContactDetails anonymous() {
        return new ContactDetails(Way.NONE, null, null, null, null);
    }

    /** Field id to the bundle key of its problem, in form order; empty when all is well. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (way == null) {
            problems.put("way", "contact.error.way");
            return problems;
        }
        if (way == Way.NONE) {
            return problems;
        }
        if (FormRules.isBlank(name)) {
            problems.put("name", "contact.error.name");
        } else if (FormRules.length(name) > NAME_MAX) {
            problems.put("name", "contact.error.nameTooLong");
        }
        switch (way) {
            case EMAIL -> {
                if (!FormRules.isEmail(email)) {
                    problems.put("email", "contact.error.email");
                }
            }
            case PHONE -> {
                if (!FormRules.isPhone(phone)) {
                    problems.put("phone", "contact.error.phone");
                }
            }
            case POST -> {
                if (FormRules.isBlank(address)) {
                    problems.put("address", "contact.error.address");
                } else if (FormRules.length(address) > ADDRESS_MAX) {
                    problems.put("address", "contact.error.addressTooLong");
                }
            }
            default -> throw new IllegalStateException();
        }
        // the other ways' details are not kept, but are shown again: too long for their field is a problem too
        if (FormRules.length(email) > FormRules.EMAIL_MAX) {
            problems.putIfAbsent("email", "contact.error.email");
        }
        if (FormRules.length(phone) > PHONE_MAX) {
            problems.putIfAbsent("phone", "contact.error.phone");
        }
        if (FormRules.length(address) > ADDRESS_MAX) {
            problems.putIfAbsent("address", "contact.error.addressTooLong");
        }
        return problems;
    }

    /**
     * What is kept once the details are valid: only the chosen way's detail, trimmed. Anonymous keeps
     * nothing, even if a name was typed before changing one's mind.
     */
    public ContactDetails kept() {
        if (way == null || way == Way.NONE) {
            return anonymous();
        }
        return new ContactDetails(way, name.trim(),
                way == Way.EMAIL ? email.trim() : null,
                way == Way.PHONE ? phone.trim() : null,
                way == Way.POST ? address.trim() : null);
    }

    /** Keeps what was typed within the columns' sizes, so a draft can always be saved. */
    ContactDetails clipped() {
        return new ContactDetails(way, clip(name, NAME_MAX), clip(email, FormRules.EMAIL_MAX), clip(phone, 30),
                clip(address, ADDRESS_MAX));
    }

    private static String clip(String value, int max) {
        if (value == null || FormRules.length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }

    public boolean wantsEmail() {
        return way == Way.EMAIL && !FormRules.isBlank(email);
    }

    public Way getWay() {
        return way;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }
}
