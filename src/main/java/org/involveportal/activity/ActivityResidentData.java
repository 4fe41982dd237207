package org.involveportal.activity;

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
import java.util.stream.Collectors;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * The activities a resident said they are interested in, with the needs they gave: listed on "my data"
 * and in its download, and removed when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class ActivityResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var interest : em.createQuery("select i from ActivityInterest i where i.residentId = :r order by i.expressedAt, i.id",
                ActivityInterest.class).setParameter("r", residentId).getResultList()) {
            var activity = em.find(Activity.class, interest.getActivityId());
            var item = new LinkedHashMap<String, String>();
            item.put("activity.data.activity", activity.textIn(language.tag()).getTitle());
            item.put("activity.data.kind", messages.text("activityKind." + activity.getKind().name()));
            item.put("activity.data.when", DateFormatting.dateAndTime(activity.getStartsAt(), language));
            item.put("activity.data.status", messages.text("activityPeople.status." + interest.getStatus().name()));
            if (interest.getAttended() != null) {
                item.put("activity.data.attended", messages.text("activity.data.attended." + interest.getAttended()));
            }
            if (!interest.getNeeds().isEmpty()) {
                item.put("activity.data.needs", interest.getNeeds().stream().sorted()
                        .map(need -> messages.text("involvement.need." + need.name())).collect(Collectors.joining(", ")));
            }
            if (interest.getAccessNeeds() != null) {
                item.put("activity.data.accessNeeds", interest.getAccessNeeds());
            }
            item.put("activity.data.told", DateFormatting.dateAndTime(interest.getExpressedAt(), language));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("activity.data.interests", items));
    }

    /** Inside the deleting transaction: the resident's interests go (the foreign key would remove them too). */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createQuery("delete from ActivityInterest i where i.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
    }
}
