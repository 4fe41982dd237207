package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.involveportal.forum.ForumRuleViolation;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.forum.Meeting;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.forum.MeetingService;
import org.involveportal.forum.Support;
import org.involveportal.i18n.DateFormatting;
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
 * Registering for a meeting ({@code /groups/{slug}/meetings/{id}/register}): the support the meeting
 * offers, ticked where the resident's profile or earlier registration asked for it, and their access
 * needs, then a place or a place in line. Registering again changes only the needs. The person is always
 * the session's.
 */
@Named("meetingPlace")
@RequestScoped
public class MeetingPlacePage extends PageBean {

    /** Support that is laid on for everyone, so nobody needs to ask for it. */
    private static final Set<Support> NOT_ASKED_FOR = EnumSet.of(Support.REFRESHMENTS);

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private MeetingService meetings;

    @Inject
    private ResidentService residents;

    @Inject
    private JoiningService joining;

    @Inject
    private Messages messages;


    private Meeting meeting;
    private long residentId;
    private boolean mayRegister;
    private boolean started;
    private MeetingRegistration registration;
    private Set<Support> support = Set.of();
    private String accessNeeds;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var names = PageRoute.parameters(request);
        meeting = names.size() == 2 ? meetings.findWithRegistrations(Long.parseLong(names.get(1)))
                .filter(m -> m.getGroup().getSlug().equals(names.get(0)) && m.getGroup().isListed()).orElse(null) : null;
        if (meeting == null) {
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
        started = !meetings.now().isBefore(meeting.getStartsAt());
        mayRegister = joining.mayRegister(meeting.getGroup(), residentId);
        registration = meeting.registrationOf(residentId).filter(MeetingRegistration::isActive).orElse(null);
        offerAgain(profile.get());
    }

    /** What was told before: this registration's needs, or else the profile's (WCAG 3.3.7). */
    private void offerAgain(InvolvementProfile profile) {
        if (registration != null) {
            support = registration.getSupportNeeded();
            accessNeeds = registration.getAccessNeeds();
            return;
        }
        var fromProfile = EnumSet.noneOf(Support.class);
        if (profile.needs(CommunicationNeed.BSL)) {
            fromProfile.add(Support.BSL);
        }
        if (profile.needs(CommunicationNeed.INTERPRETER)) {
            fromProfile.add(Support.INTERPRETER);
        }
        support = fromProfile;
        accessNeeds = profile.accessNeeds();
    }

    @Override
    protected void post() {
        if (!mayRegister || started) {
            return;
        }
        support = FormValues.several(request, Support.class, "support");
        support.retainAll(offered());
        accessNeeds = parameter("accessNeeds");
        if (FormRules.length(accessNeeds) > InvolvementProfile.ACCESS_NEEDS_MAX) {
            problem("accessNeeds", "involvement.error.accessNeedsTooLong");
            return;
        }
        boolean again = registration != null;
        try {
            var kept = joining.register(meeting.getId(), residentId, support, accessNeeds);
            String done = again ? "updated" : kept.holdsPlace() ? "registered" : "waitlisted";
            redirectToPage("/account/involvement?done=" + done);
        } catch (ForumRuleViolation violation) {
            problem("accessNeeds", violation.messageKey());
        }
    }

    private Set<Support> offered() {
        var offered = EnumSet.noneOf(Support.class);
        offered.addAll(meeting.getSupport());
        offered.removeAll(NOT_ASKED_FOR);
        return offered;
    }

    public String getGroupSlug() {
        return meeting.getGroup().getSlug();
    }

    public String getGroupName() {
        InvolvementGroup group = meeting.getGroup();
        return group.textIn(messages.getLanguage().tag()).getName();
    }

    public Language getGroupLanguage() {
        return meeting.getGroup().languageShownTo(messages.getLanguage().tag());
    }

    public String getTitle() {
        return meeting.textIn(messages.getLanguage().tag()).getTitle();
    }

    public Language getTitleLanguage() {
        return meeting.languageShownTo(messages.getLanguage().tag());
    }

    public String getWhen() {
        var language = messages.languageOf("group.meetings.heading");
        return DateFormatting.date(meeting.getStartsAt(), language) + ", "
                + messages.format2("group.meeting.times", "from", DateFormatting.time(meeting.getStartsAt(), language),
                "to", DateFormatting.time(meeting.getEndsAt(), language));
    }

    public String getVenue() {
        return meeting.getVenue();
    }

    public boolean isOnline() {
        return meeting.getOnlineLink() != null;
    }

    public long getMeetingId() {
        return meeting.getId();
    }

    public int getPlacesLeft() {
        return meeting.getPlacesLeft();
    }

    public boolean isFull() {
        return meeting.isFull() || !meeting.waitingList().isEmpty();
    }

    public boolean isMayRegister() {
        return mayRegister;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isRegistered() {
        return registration != null;
    }

    public boolean isWaiting() {
        return registration != null && !registration.holdsPlace();
    }

    public int getPlaceInLine() {
        return registration == null ? 0 : meeting.placeInLine(registration.getResidentId());
    }

    public List<Choice> getSupportChoices() {
        var choices = new ArrayList<Choice>();
        for (Support offered : offered()) {
            choices.add(new Choice(offered.name(), "register.need." + offered.name(), "support-" + offered.name().toLowerCase().replace('_', '-'),
                    support.contains(offered)));
        }
        return choices;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }
}
