package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.people.SignedInResident;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * Following a plan ({@code /action-plans/{slug}/follow}): a signed-in resident follows it, or stops, with one button.
 * Someone not signed in is sent to sign in and back here. The plan comes from the address, the person from the
 * session: nothing in the form names an account.
 */
@Named("followPlan")
@RequestScoped
public class FollowPlanPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ActionPlanService plans;

    @Inject
    private Messages messages;

    private ActionPlan plan;
    private long residentId;
    private boolean following;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        String slug = PageRoute.parameter(request);
        plan = slug == null ? null : plans.findPublished(slug).orElse(null);
        if (plan == null) {
            notFound();
            return;
        }
        var id = signedIn.id();
        if (id.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        following = plans.follows(plan.getId(), residentId);
    }

    @Override
    protected void post() {
        String wanted = parameter("follow");
        if ("yes".equals(wanted)) {
            plans.follow(plan.getId(), residentId);
            redirectToPage("/action-plans/" + plan.getSlug() + "/follow?done=followed");
        } else if ("no".equals(wanted)) {
            plans.unfollow(plan.getId(), residentId);
            redirectToPage("/action-plans/" + plan.getSlug() + "/follow?done=stopped");
        } else {
            badRequest();
        }
    }

    public String getSlug() {
        return plan.getSlug();
    }

    public ActionPlanText getText() {
        return plan.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return plan.languageShownTo(messages.getLanguage().tag());
    }

    public boolean isFollowing() {
        return following;
    }

    /** What was just done ("followed" or "stopped"), or null. */
    public String getDone() {
        String done = parameter("done");
        return "followed".equals(done) && following || "stopped".equals(done) && !following ? done : null;
    }
}
