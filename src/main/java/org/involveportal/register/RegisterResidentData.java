package org.involveportal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * The invitations from the register a resident was sent, with how they were sent: listed on "my data" and in
 * its download, and removed from every invitation when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class RegisterResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var invitation : em.createQuery("select distinct i from RegisterInvitation i join i.recipients r where r.residentId = :r"
                + " order by i.sentAt, i.id", RegisterInvitation.class).setParameter("r", residentId).getResultList()) {
            var recipient = invitation.getRecipients().stream().filter(r -> r.getResidentId() == residentId).findFirst().orElseThrow();
            var item = new LinkedHashMap<String, String>();
            item.put("invitation.data.subject", invitation.subjectIn(Language.fromTag(recipient.getLanguage()).orElse(Language.ENGLISH)));
            item.put("invitation.data.sent", DateFormatting.dateAndTime(invitation.getSentAt(), language));
            item.put("invitation.data.how", messages.text("groupLetters.way." + recipient.getWay()));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("invitation.data.invitations", items));
    }

    /** Inside the deleting transaction: the resident leaves every invitation's list (the foreign key would remove them too). */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createNativeQuery("delete from register_invitation_recipient where resident_id = ?")
                .setParameter(1, deleting.residentId()).executeUpdate();
    }
}
