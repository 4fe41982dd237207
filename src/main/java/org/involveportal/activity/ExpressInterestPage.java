package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.InvolvementProfile;
import org.involveportal.people.ResidentAccountPage.Choice;
import org.involveportal.people.ResidentService;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.FormRules;
import org.involveportal.training.Course;
import org.involveportal.training.TrainingService;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * "I'm interested" ({@code /activities/{slug}/interest}): the signed-in resident's communication and access needs,
 * offered from their profile, then one button. Once per activity, until it starts. The activity comes from the
 * address, the person from the session: nothing in the form names an account.
 */
@Named("expressInterest")
@RequestScoped
public class ExpressInterestPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ActivityService activities;

    @Inject
    private ResidentService residents;

    @Inject
    private Messages messages;

    @Inject
    private TrainingService training;

    private Activity activity;
    private long residentId;
    private boolean interested;
    private boolean open;
    private Set<CommunicationNeed> needs = Set.of();
    private String accessNeeds;
    private Course missingCourse;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        String slug = PageRoute.parameter(request);
        activity = slug == null ? null : activities.findPublished(slug).orElse(null);
        if (activity == null) {
            notFound();
            return;
        }
        var id = signedIn.id();
        var profile = id.flatMap(residents::profileOf);
        if (profile.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        interested = activities.interestOf(activity.getId(), residentId).isPresent();
        open = activity.interestOpenAt(activities.now());
        needs = profile.get().communicationNeeds();
        accessNeeds = profile.get().accessNeeds();
        if (activity.courseMissingFor(training.completedCourseIds(residentId))) {
            missingCourse = training.find(activity.getRequiresCourseId()).filter(Course::isPublished).orElse(null);
        }
    }

    /** The course this activity asks for that the resident has not done yet, or null. */
    public Course getMissingCourse() {
        return missingCourse;
    }

    public String getMissingCourseTitle() {
        return missingCourse.textIn(messages.getLanguage().tag()).getTitle();
    }

    public Language getMissingCourseLanguage() {
        return missingCourse.languageShownTo(messages.getLanguage().tag());
    }

    @Override
    protected void post() {
        if (interested || !open) {
            // the page says why; nothing is recorded twice
            return;
        }
        needs = FormValues.several(request, CommunicationNeed.class, "need");
        accessNeeds = parameter("accessNeeds");
        if (FormRules.length(accessNeeds) > InvolvementProfile.ACCESS_NEEDS_MAX) {
            problem("accessNeeds", "involvement.error.accessNeedsTooLong");
            return;
        }
        try {
            activities.expressInterest(activity.getSlug(), residentId, needs, accessNeeds);
            redirectToPage("/activities/" + activity.getSlug() + "/interest?done=true");
        } catch (ActivityRuleViolation violation) {
            problem("accessNeeds", violation.messageKey());
        }
    }

    public String getSlug() {
        return activity.getSlug();
    }

    public ActivityText getText() {
        return activity.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return activity.languageShownTo(messages.getLanguage().tag());
    }

    /** Already interested, before this request or just now. */
    public boolean isInterested() {
        return interested;
    }

    public boolean isJustDone() {
        return interested && "true".equals(parameter("done"));
    }

    public boolean isOpen() {
        return open;
    }

    public List<Choice> getNeedChoices() {
        var choices = new ArrayList<Choice>();
        var values = CommunicationNeed.values();
        for (int i = 0; i < values.length; i++) {
            choices.add(new Choice(values[i].name(), "involvement.need." + values[i].name(), "need-" + (i + 1),
                    needs.contains(values[i])));
        }
        return choices;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }
}
