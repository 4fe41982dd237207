package org.involveportal.formats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.platform.FormRules;

/**
 * What a person typed into the "ask for another format" form, and what is wrong with it. Errors are
 * bundle keys by field, in the order of the form, so the error summary lists them top to bottom.
 */
public class FormatRequestForm {

    static final int NAME_MAX = 100;
    static final int DETAILS_MAX = 1000;
    static final int CONTACT_MAX = 500;
    static final int LANGUAGE_MAX = 100;

    private String format;
    private String language;
    private String about;
    private String details;
    private String name;
    private String contactMethod;
    private String email;
    private String phone;
    private String address;

    /** Field id to the bundle key of its error, in form order; empty when all is well. */
    public Map<String, String> validate() {
        var errors = new LinkedHashMap<String, String>();
        if (!isOneOf(format, FormatRequest.Format.values())) {
            errors.put("format", "formatRequest.error.format");
        } else if (FormatRequest.Format.ANOTHER_LANGUAGE.name().equals(format) && isBlank(language)) {
            errors.put("language", "formatRequest.error.language");
        }
        if (length(language) > LANGUAGE_MAX) {
            errors.put("language", "formatRequest.error.languageTooLong");
        }
        if (length(details) > DETAILS_MAX) {
            errors.put("details", "formatRequest.error.detailsTooLong");
        }
        if (isBlank(name)) {
            errors.put("name", "formatRequest.error.name");
        } else if (length(name) > NAME_MAX) {
            errors.put("name", "formatRequest.error.nameTooLong");
        }
        if (!isOneOf(contactMethod, FormatRequest.ContactMethod.values())) {
            errors.put("contactMethod", "formatRequest.error.contactMethod");
        } else {
            switch (FormatRequest.ContactMethod.valueOf(contactMethod)) {
                case EMAIL -> {
                    if (!FormRules.isEmail(email)) {
                        errors.put("email", "formatRequest.error.email");
                    }
                }
                case PHONE -> {
                    if (!FormRules.isPhone(phone)) {
                        errors.put("phone", "formatRequest.error.phone");
                    }
                }
                case POST -> {
                    if (isBlank(address) || length(address) > CONTACT_MAX) {
                        errors.put("address", "formatRequest.error.address");
                    }
                }
            }
        }
        // the other ways' details are not kept, but are shown again: too long for their field is a problem too
        if (length(email) > FormRules.EMAIL_MAX) {
            errors.putIfAbsent("email", "formatRequest.error.email");
        }
        if (length(phone) > 30) {
            errors.putIfAbsent("phone", "formatRequest.error.phone");
        }
        if (length(address) > CONTACT_MAX) {
            errors.putIfAbsent("address", "formatRequest.error.address");
        }
        return errors;
    }

    /** The detail for the chosen way of contact. */
    String contactDetail() {
        return switch (FormatRequest.ContactMethod.valueOf(contactMethod)) {
            case EMAIL -> email.trim();
            case PHONE -> phone.trim();
            case POST -> address.trim();
        };
    }

    private static boolean isOneOf(String value, Enum<?>[] allowed) {
        return value != null && Arrays.stream(allowed).anyMatch(constant -> constant.name().equals(value));
    }

    private static boolean isBlank(String value) {
        return FormRules.isBlank(value);
    }

    private static int length(String value) {
        return FormRules.length(value);
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(String contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
