package org.involveportal.training;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Booking a place on a session ({@code /training/{slug}/sessions/{id}}): the signed-in resident's needs, offered from
 * their profile, then one button; once booked, the way to give the place back until it starts. A full session says
 * so. The session comes from the address, the person from the session: nothing in the form names an account.
 */
@Named("booking")
@RequestScoped
public class BookingPage extends PageBean {

    private static final Set<String> DONE = Set.of("booked", "cancelled");

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private TrainingService training;

    @Inject
    private ResidentService residents;

    @Inject
    private Messages messages;

    private Course course;
    private TrainingSession session;
    private long residentId;
    private boolean booked;
    private boolean open;
    private boolean full;
    private boolean cancellable;
    private Set<CommunicationNeed> needs = Set.of();
    private String accessNeeds;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var names = PageRoute.parameters(request);
        course = names.size() < 2 ? null : training.findPublished(names.get(0)).orElse(null);
        session = course == null ? null : training.findSession(Long.parseLong(names.get(1)))
                .filter(s -> s.getCourse().getId().equals(course.getId())).orElse(null);
        if (session == null) {
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
        var now = training.now();
        booked = training.bookingOf(session.getId(), residentId).isPresent();
        open = session.bookingOpenAt(now);
        full = session.isFullWith(training.bookedCount(session.getId()));
        cancellable = session.mayCancelAt(now);
        needs = profile.get().communicationNeeds();
        accessNeeds = profile.get().accessNeeds();
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            if ("cancel".equals(action)) {
                if (!booked || !cancellable) {
                    return; // the page says the place is theirs, and, once the session has started, that it stays so
                }
                training.cancel(session.getId(), residentId);
                redirectToPage(here() + "?done=cancelled");
                return;
            }
            if (booked || !open || full) {
                return; // the page says why; nothing is booked twice
            }
            needs = FormValues.several(request, CommunicationNeed.class, "need");
            accessNeeds = parameter("accessNeeds");
            if (FormRules.length(accessNeeds) > InvolvementProfile.ACCESS_NEEDS_MAX) {
                problem("accessNeeds", "involvement.error.accessNeedsTooLong");
                return;
            }
            training.book(session.getId(), residentId, needs, accessNeeds);
            redirectToPage(here() + "?done=booked");
        } catch (TrainingRuleViolation violation) {
            refuse(violation);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof TrainingRuleViolation violation)) {
                throw e;
            }
            refuse(violation);
        }
    }

    private void refuse(TrainingRuleViolation violation) {
        if ("training.rule.full".equals(violation.messageKey())) {
            full = true; // someone took the last place first: the page says it is full
        }
        problem("accessNeeds", violation.messageKey());
    }

    private String here() {
        return "/training/" + course.getSlug() + "/sessions/" + session.getId();
    }

    public String getAddress() {
        return here();
    }

    public String getSlug() {
        return course.getSlug();
    }

    public CourseText getText() {
        return course.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return course.languageShownTo(messages.getLanguage().tag());
    }

    public String getWhen() {
        Language dates = messages.languageOf("training.session.when");
        return messages.format2("group.meeting.when", "day", DateFormatting.date(session.getStartsAt(), dates), "times",
                messages.format2("group.meeting.times", "from", DateFormatting.time(session.getStartsAt(), dates), "to",
                        DateFormatting.time(session.getEndsAt(), dates)));
    }

    public TrainingSession getSession() {
        return session;
    }

    public boolean isBooked() {
        return booked;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isFull() {
        return full;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    /** What was just done, from the address: "booked" or "cancelled", else null. */
    public String getDone() {
        String done = parameter("done");
        return done != null && DONE.contains(done) ? done : null;
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
