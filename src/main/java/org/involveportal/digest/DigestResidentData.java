package org.involveportal.digest;

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
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/** The "Keep me informed" digests made for a resident: listed on "my data", removed when the account is deleted. */
@ApplicationScoped
@Transactional
public class DigestResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var digest : em.createQuery("select d from DigestSent d where d.residentId = :r order by d.sentAt, d.id", DigestSent.class)
                .setParameter("r", residentId).getResultList()) {
            var item = new LinkedHashMap<String, String>();
            item.put("digest.data.sent", DateFormatting.dateAndTime(digest.getSentAt(), language));
            item.put("digest.data.how", messages.text(digest.isByEmail() ? "groupLetters.way.EMAIL" : "groupLetters.way.POST"));
            item.put("digest.data.items", String.valueOf(digest.getItems()));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("digest.data.digests", items));
    }

    /** Inside the deleting transaction: the resident's digests go (the foreign key would remove them too). */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createQuery("delete from DigestSent d where d.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
    }
}
