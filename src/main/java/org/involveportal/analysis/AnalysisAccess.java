package org.involveportal.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import org.involveportal.response.AnsweringAs;

/**
 * Who may see analysis (analysts, and publishers who put figures into feedback) and who may code
 * answers into themes (analysts). web.xml says the same for the addresses; this is checked again by
 * every page and export, so a forged request is refused too.
 */
@RequestScoped
public class AnalysisAccess {

    @Inject
    private SecurityContext security;

    public boolean canRead() {
        return security.isCallerInRole("ANALYST") || security.isCallerInRole("PUBLISHER");
    }

    public boolean canCode() {
        return security.isCallerInRole("ANALYST");
    }

    public String email() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** The answering-as filter from a request parameter: a known group, or null for everyone. */
    public static AnsweringAs filter(String parameter) {
        return Arrays.stream(AnsweringAs.values()).filter(a -> a.name().equals(parameter)).findFirst().orElse(null);
    }
}
