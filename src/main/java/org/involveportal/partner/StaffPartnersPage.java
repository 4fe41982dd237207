package org.involveportal.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.web.page.PageBean;

/**
 * Partner organisations for admins ({@code /staff/partners}): the list, a form to add one, and, with {@code ?p=slug},
 * the form to change one and to give it a logo (the logo's multipart form posts to {@link PartnerLogoUploadServlet}).
 */
@Named
@RequestScoped
public class StaffPartnersPage extends PageBean {

    static final String ROLE = "ADMIN";
    private static final List<String> FIELDS = List.of("name", "email", "phone", "website");

    @Inject
    private PartnerService partners;

    private PartnerOrganisation chosen;
    private final Map<String, String> typed = new LinkedHashMap<>();

    @Override
    protected void load() {
        String slug = parameter("p");
        if (slug != null) {
            chosen = partners.findBySlug(slug).orElse(null);
            if (chosen == null) {
                notFound();
                return;
            }
            typed.put("name", chosen.getName());
            typed.put("email", nonNull(chosen.getContactEmail()));
            typed.put("phone", nonNull(chosen.getContactPhone()));
            typed.put("website", nonNull(chosen.getWebsite()));
        }
    }

    @Override
    protected void post() {
        if (!allowed(ROLE)) {
            return;
        }
        FIELDS.forEach(field -> typed.put(field, typed(field)));
        problems(PartnerOrganisation.problems(typed.get("name"), typed.get("email"), typed.get("phone"), typed.get("website")));
        if (hasErrors()) {
            return;
        }
        String slug;
        if (chosen == null) {
            slug = partners.add(typed.get("name"), typed.get("email"), typed.get("phone"), typed.get("website"), staffMember()).getSlug();
        } else {
            slug = chosen.getSlug();
            partners.change(slug, typed.get("name"), typed.get("email"), typed.get("phone"), typed.get("website"), staffMember());
        }
        redirectTo("/staff/partners?p=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public List<PartnerOrganisation> getPartners() {
        return partners.all();
    }

    public PartnerOrganisation getChosen() {
        return chosen;
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }

    /** The bundle key of what happened to a logo sent, as the upload told this page ({@code ?logo=}). */
    public String getLogoOutcome() {
        String outcome = parameter("logo");
        return outcome != null && outcome.matches("partners\\.(logo\\.saved|error\\.logo[A-Za-z]+)") ? outcome : null;
    }

    public boolean isLogoSaved() {
        return "partners.logo.saved".equals(getLogoOutcome());
    }
}
