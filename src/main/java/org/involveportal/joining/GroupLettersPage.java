package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The printable list for a message ({@code /staff/group-letters?g=slug&m=id}): members who chose post
 * or phone, with the address or number, their language, and the words to send or read out in it.
 * Opening it is audited, as the consultations' contact list is.
 */
@Named
@RequestScoped
public class GroupLettersPage extends PageBean {

    @Inject
    private GroupService groups;

    @Inject
    private GroupMessaging messaging;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    private InvolvementGroup group;
    private GroupMessage message;
    private List<MessageRecipient> rows = List.of();

    @Override
    protected void load() {
        if (!allowed(GroupMessagePage.ROLE)) {
            return;
        }
        group = groups.findBySlug(String.valueOf(parameter("g"))).orElse(null);
        if (group == null) {
            notFound();
            return;
        }
        var id = StaffGroupAccess.id(parameter("m"));
        message = id == null ? null : messaging.find(group.getId(), id).orElse(null);
        if (message == null) {
            notFound();
            return;
        }
        rows = messaging.recipients(group).stream().filter(r -> !r.isByEmail()).toList();
        audit.record(staffMember(), AuditAction.CONTACT_LIST_VIEWED, "group", group.getSlug(),
                "letters for message " + message.getId());
    }

    public String getSlug() {
        return group.getSlug();
    }

    public String getName() {
        return group.textIn(messages.getLanguage().tag()).getName();
    }

    public List<MessageRecipient> getRows() {
        return rows;
    }

    public GroupMessage getMessage() {
        return message;
    }

    /** The words each language on the list needs: English, and Welsh when someone on it writes in Welsh. */
    public List<Language> getLanguages() {
        boolean welsh = message.hasWelsh() && rows.stream().anyMatch(MessageRecipient::isWelsh);
        return welsh ? List.of(Language.ENGLISH, Language.WELSH) : List.of(Language.ENGLISH);
    }
}
