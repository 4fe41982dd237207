package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.involveportal.forum.ForumRuleViolation;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.GroupText;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.InvolvementProfile;
import org.involveportal.people.ResidentAccountPage.Choice;
import org.involveportal.people.ResidentService;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * "Join this group" ({@code /groups/{slug}/join}): the signed-in resident's communication and access
 * needs, offered from their profile, then one button. A group with eligibility rules takes a request that
 * staff decide on; any other is joined at once. The group comes from the address, the person from the
 * session: nothing in the form names an account.
 */
@Named("joinGroup")
@RequestScoped
public class JoinGroupPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private GroupService groups;

    @Inject
    private ResidentService residents;

    @Inject
    private JoiningService joining;

    @Inject
    private Messages messages;


    private InvolvementGroup group;
    private long residentId;
    private GroupMembership.Status status;
    private Set<CommunicationNeed> needs = Set.of();
    private String accessNeeds;
    private boolean shareDetails;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        String slug = PageRoute.parameter(request);
        group = slug == null ? null : groups.findBySlug(slug).filter(InvolvementGroup::isListed).orElse(null);
        if (group == null) {
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
        status = groups.membershipOf(group.getId(), residentId).map(GroupMembership::getStatus)
                .filter(s -> s == GroupMembership.Status.MEMBER || s == GroupMembership.Status.REQUESTED).orElse(null);
        needs = profile.get().communicationNeeds();
        accessNeeds = profile.get().accessNeeds();
    }

    @Override
    protected void post() {
        if (status != null) {
            return;
        }
        needs = FormValues.several(request, CommunicationNeed.class, "need");
        accessNeeds = parameter("accessNeeds");
        shareDetails = "yes".equals(parameter("share"));
        if (FormRules.length(accessNeeds) > InvolvementProfile.ACCESS_NEEDS_MAX) {
            problem("accessNeeds", "involvement.error.accessNeedsTooLong");
            return;
        }
        try {
            var membership = joining.askToJoin(group.getSlug(), residentId, needs, accessNeeds, shareDetails);
            String done = membership.getStatus() == GroupMembership.Status.MEMBER ? "joined" : "requested";
            redirectToPage("/account/involvement?done=" + done);
        } catch (ForumRuleViolation violation) {
            problem("accessNeeds", violation.messageKey());
        }
    }

    public String getSlug() {
        return group.getSlug();
    }

    public GroupText getText() {
        return group.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return group.languageShownTo(messages.getLanguage().tag());
    }

    public boolean isNeedsApproval() {
        return group.isNeedsApproval();
    }

    public boolean isMember() {
        return status == GroupMembership.Status.MEMBER;
    }

    public boolean isRequested() {
        return status == GroupMembership.Status.REQUESTED;
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

    public boolean isShareDetails() {
        return shareDetails;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }
}
