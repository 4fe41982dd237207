package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.web.page.PageBean;

/** Creating (?g=group) or changing (?m=meeting) a meeting (staff, editor role). */
@Named
@RequestScoped
public class MeetingEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private org.involveportal.partner.PartnerService partners;

    /** The partner chosen, by its address name ("" for none), as saved or as sent. */
    private String partnerSlug = "";
    private InvolvementGroup group;
    private Long meetingId;
    private MeetingForm form = new MeetingForm();

    @Override
    protected void load() {
        if (!allowed(GroupEditorPage.ROLE)) {
            return;
        }
        String m = parameter("m");
        if (m != null) {
            var existing = parseId(m).flatMap(meetings::find);
            if (existing.isEmpty()) {
                notFound();
                return;
            }
            meetingId = existing.get().getId();
            group = existing.get().getGroup();
            form = MeetingForm.from(existing.get());
            var partner = existing.get().getPartner();
            partnerSlug = partner == null ? "" : partner.getSlug();
        } else {
            group = groups.findBySlug(String.valueOf(parameter("g"))).orElse(null);
            if (group == null) {
                notFound();
                return;
            }
        }
    }

    @Override
    protected void post() {
        form = MeetingForm.from(request);
        problems(form.problems());
        // the partner is its own field: a post without it (an older form) leaves the partner as it is
        String partnerSent = parameter("partner");
        org.involveportal.partner.PartnerOrganisation partner = null;
        if (partnerSent != null) {
            partnerSlug = partnerSent;
            partner = partnerSent.isEmpty() ? null : partners.findBySlug(partnerSent).orElse(null);
            if (!partnerSent.isEmpty() && partner == null) {
                problem("partner", "partners.error.unknown");
            }
        }
        if (hasErrors()) {
            return;
        }
        String actor = staffMember();
        try {
            if (meetingId == null) {
                meetingId = meetings.create(group, form, actor).getId();
            } else {
                meetings.update(meetingId, form, actor);
            }
            if (partnerSent != null) {
                meetings.namePartner(meetingId, partner, actor);
            }
        } catch (ForumRuleViolation violation) {
            problem("capacity".equals(fieldOf(violation)) ? "capacity" : "day", violation.messageKey());
            return;
        }
        redirectTo("/staff/meeting?m=" + meetingId + "&saved=true");
    }

    public java.util.List<org.involveportal.partner.PartnerOrganisation> getPartners() {
        return partners.all();
    }

    public String getPartnerSlug() {
        return partnerSlug;
    }

    private static String fieldOf(ForumRuleViolation violation) {
        return violation.messageKey().contains("capacity") ? "capacity" : "day";
    }

    static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public boolean isNew() {
        return meetingId == null;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getGroupSlug() {
        return group.getSlug();
    }

    public String getGroupName() {
        return group.textIn("en").getName();
    }

    public MeetingForm getForm() {
        return form;
    }

    public List<Support> getSupports() {
        return List.of(Support.values());
    }
}
