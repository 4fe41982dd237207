package org.involveportal.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.people.InvolvementHistory;
import org.involveportal.people.InvolvementHistorySource;

/** The activities a resident was chosen for and came to, with the hours from start to end, for their history. */
@ApplicationScoped
@Transactional
public class ActivityHistory implements InvolvementHistorySource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<InvolvementHistory.Entry> historyOf(long residentId, Language reader) {
        return em.createQuery("select i from ActivityInterest i where i.residentId = :r and i.status = :chosen and i.attended = true",
                        ActivityInterest.class)
                .setParameter("r", residentId).setParameter("chosen", ActivityInterest.Status.CHOSEN)
                .getResultList().stream().map(i -> {
                    var activity = em.find(Activity.class, i.getActivityId());
                    return new InvolvementHistory.Entry(activity.getStartsAt(), InvolvementHistory.Kind.ACTIVITY,
                            activity.textIn(reader.tag()).getTitle(), activity.languageShownTo(reader.tag()),
                            Duration.between(activity.getStartsAt(), activity.getEndsAt()));
                }).toList();
    }
}
