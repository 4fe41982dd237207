package org.involveportal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The texts of the page being rendered, in the language of the request: {@code #{msg.text('key')}}. */
@Named("msg")
@RequestScoped
public class Messages {

    @Inject
    private MessageCatalog catalog;

    private String language = MessageCatalog.FALLBACK_LANGUAGE;

    public String getLanguage() {
        return language;
    }

    /** Text direction for {@code <html dir>}. */
    public String getDirection() {
        return "ltr";
    }

    public String text(String key) {
        return catalog.format(language, key);
    }

    public String format(String key, Object argument) {
        return catalog.format(language, key, argument);
    }
}
