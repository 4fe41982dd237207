package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * Writing to a group's members ({@code /staff/group-message?g=slug}, editors): who it will reach and how,
 * the words in English and Welsh, then the counts and the printable list for those who chose post or phone.
 */
@Named
@RequestScoped
public class GroupMessagePage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private HttpServletRequest request;

    @Inject
    private GroupService groups;

    @Inject
    private GroupMessaging messaging;

    @Inject
    private Messages messages;

    private InvolvementGroup group;
    private List<MessageRecipient> recipients = List.of();
    private GroupMessageForm form = GroupMessageForm.empty();
    private GroupMessage sent;

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        group = groups.findBySlug(String.valueOf(parameter("g"))).orElse(null);
        if (group == null) {
            notFound();
            return;
        }
        recipients = messaging.recipients(group);
        var sentId = StaffGroupAccess.id(parameter("sent"));
        if (sentId != null) {
            sent = messaging.find(group.getId(), sentId).orElse(null);
        }
    }

    @Override
    protected void post() {
        form = GroupMessageForm.from(request);
        problems(form.problems(isWelshNeeded()));
        if (hasErrors()) {
            return;
        }
        var message = messaging.send(group, form, staffMember());
        redirectTo("/staff/group-message?g=" + group.getSlug() + "&sent=" + message.getId());
    }

    public String getSlug() {
        return group.getSlug();
    }

    public String getName() {
        return group.textIn(messages.getLanguage().tag()).getName();
    }

    public GroupMessageForm getForm() {
        return form;
    }

    public GroupMessage getSent() {
        return sent;
    }

    public List<GroupMessage> getEarlier() {
        return messaging.sentTo(group.getId());
    }

    public int getMembers() {
        return recipients.size();
    }

    public long getByEmail() {
        return recipients.stream().filter(MessageRecipient::isByEmail).count();
    }

    public long getInWelsh() {
        return recipients.stream().filter(MessageRecipient::isWelsh).count();
    }

    public long getNotByEmail() {
        return recipients.size() - getByEmail();
    }

    /** Members who write in Welsh are written to in Welsh. */
    public boolean isWelshNeeded() {
        return getInWelsh() > 0;
    }

    public String when(Instant instant) {
        return DateFormatting.dateAndTime(instant, messages.getLanguage());
    }
}
