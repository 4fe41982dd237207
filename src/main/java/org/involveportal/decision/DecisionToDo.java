package org.involveportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.consultation.Consultation;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/**
 * For the staff home (publishers, who record decisions): closed consultations whose decision is not recorded yet,
 * each linked to where it is recorded, so no trail stops at "not yet" for want of remembering.
 */
@ApplicationScoped
public class DecisionToDo implements StaffToDo {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.PUBLISHER)) {
            return List.of();
        }
        var undecided = em.createQuery("""
                        select c from Consultation c
                        where c.publishedAt is not null and c.withdrawnAt is null and c.window.closesAt <= :now
                          and not exists (select d from ConsultationDecision d
                                          where d.consultationId = c.id and d.decidedOn is not null)
                        order by c.window.closesAt, c.id""", Consultation.class)
                .setParameter("now", now).getResultList();
        var details = undecided.stream().map(c -> new Detail("", c.textIn(reader.tag()).getTitle(), c.languageShownTo(reader.tag()),
                "", "consultation-decision?c=" + c.getSlug())).toList();
        return List.of(new Item("decisions", 12, "staff.home.decisions", undecided.size(), "consultations?status=CLOSED",
                Urgency.NONE, details));
    }
}
