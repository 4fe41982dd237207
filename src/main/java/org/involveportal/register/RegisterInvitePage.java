package org.involveportal.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.joining.GroupMessageForm;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.web.page.PageBean;

/**
 * Inviting the people a register search found ({@code /staff/register-invite?...criteria}, editors): who it
 * will reach and how, what it is about, the words in English and (when anyone found writes in Welsh) Welsh;
 * after sending, the counts and the link to the letters for those who chose post or phone.
 */
@Named
@RequestScoped
public class RegisterInvitePage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private RegisterInviting inviting;

    private RegisterCriteria criteria;
    private List<MessageRecipient> recipients = List.of();
    private List<RegisterInviting.Opening> openings = List.of();
    private GroupMessageForm form = GroupMessageForm.empty();
    private RegisterInvitation sent;

    @Override
    protected void load() {
        if (!allowed(RegisterPage.ROLE)) {
            return;
        }
        notKept();
        var sentId = RegisterPage.pageNumber(parameter("sent"));
        if (parameter("sent") != null) {
            sent = inviting.find(sentId).orElse(null);
            if (sent == null) {
                notFound();
            }
            return;
        }
        var read = RegisterCriteria.from(this::parameter);
        if (!read.problems().isEmpty()) {
            badRequest();
            return;
        }
        criteria = read.criteria();
        recipients = inviting.recipients(criteria);
        openings = inviting.openings();
    }

    @Override
    protected void post() {
        if (sent != null || criteria == null) {
            badRequest();
            return;
        }
        form = GroupMessageForm.from(request);
        problems(form.problems(isWelshNeeded()));
        String about = parameter("about");
        var opening = openings.stream().filter(o -> o.path().equals(about)).findFirst().orElse(null);
        if (opening == null && about != null && !about.isBlank()) {
            problem("about", "register.error.choice");
        }
        if (recipients.isEmpty()) {
            problem("subject-en", "register.error.nobody");
        }
        if (hasErrors()) {
            return;
        }
        var invitation = inviting.send(criteria, opening, form, staffMember());
        redirectTo("/staff/register-invite?sent=" + invitation.getId());
    }

    public RegisterInvitation getSent() {
        return sent;
    }

    public GroupMessageForm getForm() {
        return form;
    }

    public String getQuery() {
        return criteria == null ? "" : criteria.query();
    }

    public String getCriteriaInWords() {
        return criteria == null ? "" : criteria.inWords();
    }

    public List<RegisterInviting.Opening> getOpenings() {
        return openings;
    }

    public String getAbout() {
        return typed("about");
    }

    public int getFound() {
        return recipients.size();
    }

    public long getByEmail() {
        return recipients.stream().filter(MessageRecipient::isByEmail).count();
    }

    public long getNotByEmail() {
        return recipients.size() - getByEmail();
    }

    public long getInWelsh() {
        return recipients.stream().filter(MessageRecipient::isWelsh).count();
    }

    /** Anyone found who writes in Welsh is written to in Welsh. */
    public boolean isWelshNeeded() {
        return getInWelsh() > 0;
    }
}
