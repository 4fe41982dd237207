package org.involveportal.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.involveportal.i18n.Language;

/**
 * The council running the portal, from configuration: {@code portal.council.name} (and
 * {@code portal.council.name.cy}, ... per language), {@code portal.council.logo}, phone and email.
 */
@Named("council")
@ApplicationScoped
public class Council {

    @Inject
    private Config config;

    public String name(Language language) {
        return config.getOptionalValue("portal.council.name." + language.tag(), String.class)
                .orElseGet(() -> config.getValue("portal.council.name", String.class));
    }

    /** The logo's address; a path of the portal (starting "/static/") or an https URL. */
    public Optional<String> getLogo() {
        return config.getOptionalValue("portal.council.logo", String.class).filter(logo -> !logo.isBlank());
    }

    public String getPhone() {
        return config.getValue("portal.council.phone", String.class);
    }

    public String getEmail() {
        return config.getValue("portal.council.email", String.class);
    }
}
