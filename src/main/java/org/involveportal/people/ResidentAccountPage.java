package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * The signed-in resident's pages: "your account", the involvement profile, "my data" and deleting the
 * account; and the page after deletion. Which account is always the session's: no page reads an account
 * id from the address or the form, so changing one there changes nothing. Anyone not signed in is sent to
 * the sign-in page, and back here afterwards.
 */
@Named("residentAccount")
@RequestScoped
public class ResidentAccountPage extends PageBean {

    /** One choice of a set, for a list of checkboxes: its value, label key, field id and whether ticked. */
    public record Choice(String value, String labelKey, String id, boolean checked) {
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private ResidentService residents;

    @Inject
    private SignedInResident signedIn;


    @Inject
    private Messages messages;

    private String step;
    private long residentId;
    private InvolvementProfile shown;
    private PersonalData data;

    @Override
    protected void load() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        step = view.substring(view.lastIndexOf('/') + 1).replace(".xhtml", "");
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        if (step.equals("deleted")) {
            return;
        }
        var id = signedIn.id();
        var resident = id.flatMap(residents::find);
        if (resident.isEmpty()) {
            signedIn.signOut();
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        switch (step) {
            case "index" -> {
                shown = resident.get().profile();
                data = residents.personalData(residentId).orElseThrow();
            }
            case "profile" -> shown = resident.get().profile();
            case "my-data", "delete" -> data = residents.personalData(residentId).orElseThrow();
            default -> throw new IllegalStateException("Not an account page: " + view);
        }
    }

    @Override
    protected void post() {
        switch (step) {
            case "profile" -> saveProfile();
            case "delete" -> {
                if ("yes".equals(parameter("confirm"))) {
                    residents.delete(residentId);
                    signedIn.signOut();
                    redirectToPage("/account/deleted");
                }
            }
            default -> {
                // the other pages have no form
            }
        }
    }

    private void saveProfile() {
        shown = new InvolvementProfile(parameter("name"),
                one(InvolvementLevel.class, parameter("involvement")),
                several(Topic.class, "topic"), several(ClientGroup.class, "clientGroup"),
                several(CommunicationNeed.class, "need"), parameter("preferredLanguage"),
                parameter("accessNeeds"), several(ContactWay.class, "contactWay"),
                parameter("phone"), parameter("postalAddress"),
                "yes".equals(parameter("welsh")), several(Availability.class, "availability"),
                "yes".equals(parameter("contactConsent")), "yes".equals(parameter("keepInformed")));
        problems(shown.problems());
        if (!hasErrors() && residents.saveProfile(residentId, shown)) {
            redirectToPage("/account/profile?saved=true");
        }
    }

    private <E extends Enum<E>> E one(Class<E> type, String value) {
        return FormValues.one(type, value);
    }

    private <E extends Enum<E>> Set<E> several(Class<E> type, String parameter) {
        return FormValues.several(request, type, parameter);
    }

    // ---- for the pages ----

    public String getStep() {
        return step;
    }

    public InvolvementProfile getProfile() {
        return shown;
    }

    /** The kept profile, as "my data" lists it. */
    public InvolvementProfile getProfileShown() {
        return data == null ? shown : data.profile();
    }

    public PersonalData getData() {
        return data;
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }

    public boolean isWelcome() {
        return "true".equals(parameter("welcome"));
    }

    public List<InvolvementLevel> getLevels() {
        return List.of(InvolvementLevel.values());
    }

    public List<Choice> getTopicChoices() {
        return choices(Topic.values(), "topic", "topic.", shown.topics());
    }

    public List<Choice> getClientGroupChoices() {
        return choices(ClientGroup.values(), "clientGroup", "clientGroup.", shown.clientGroups());
    }

    public List<Choice> getNeedChoices() {
        return choices(CommunicationNeed.values(), "need", "involvement.need.", shown.communicationNeeds());
    }

    public List<Choice> getAvailabilityChoices() {
        return choices(Availability.values(), "availability", "involvement.availability.", shown.availability());
    }

    public List<Choice> getContactChoices() {
        return choices(ContactWay.values(), "contactWay", "involvement.contact.", shown.contactWays());
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, String field, String keyPrefix, Set<E> chosen) {
        var choices = new ArrayList<Choice>();
        for (int i = 0; i < values.length; i++) {
            choices.add(new Choice(values[i].name(), keyPrefix + values[i].name(), field + "-" + (i + 1),
                    chosen.contains(values[i])));
        }
        return choices;
    }

    /** Names of chosen things in words, for "my data" and "your account". */
    public List<String> named(Set<? extends Enum<?>> chosen, String keyPrefix) {
        return chosen.stream().map(e -> messages.text(keyPrefix + e.name())).toList();
    }

    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateFormatting.dateAndTime(instant, messages.getLanguage());
    }

    public String languageName(String tag) {
        return Language.fromTag(tag).map(Language::autonym).orElse(tag);
    }

    public String getDownloadHref() {
        return request.getContextPath() + MyDataDownload.PATH;
    }
}
