package org.involveportal.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/** For the staff home: drafts being written, and consultations opening or closing this week, each named. */
@ApplicationScoped
public class ConsultationToDo implements StaffToDo {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        var items = new ArrayList<Item>();
        if (roles.contains(StaffRole.EDITOR)) {
            long drafts = em.createQuery("""
                    select count(c) from Consultation c where c.publishedAt is null and c.withdrawnAt is null""", Long.class)
                    .getSingleResult();
            items.add(new Item("drafts", 30, "staff.home.drafts", drafts, "consultations?status=DRAFT", Urgency.NONE));
        }
        if (roles.contains(StaffRole.EDITOR) || roles.contains(StaffRole.PUBLISHER)) {
            var week = Week.containing(now);
            items.add(week("opening", 40, "opensAt", "staff.home.opening", week, reader));
            items.add(week("closing", 41, "closesAt", "staff.home.closing", week, reader));
        }
        return items;
    }

    /** Published consultations whose window opens (or closes) this week, with the day and time of each. */
    private Item week(String id, int order, String end, String key, Week week, Language reader) {
        var found = em.createQuery("""
                        select c from Consultation c
                        where c.publishedAt is not null and c.withdrawnAt is null
                          and c.window.%1$s >= :starts and c.window.%1$s < :ends
                        order by c.window.%1$s, c.id""".formatted(end), Consultation.class)
                .setParameter("starts", week.starts()).setParameter("ends", week.ends())
                .getResultList();
        var details = found.stream().map(c -> {
            Instant when = end.equals("opensAt") ? c.getWindow().opensAt() : c.getWindow().closesAt();
            return new Detail(DateFormatting.dateAndTime(when, reader), c.textIn(reader.tag()).getTitle(),
                    c.languageShownTo(reader.tag()), "", "consultation-preview?c=" + c.getSlug());
        }).toList();
        return new Item(id, order, key, found.size(), "consultations", Urgency.NONE, details);
    }
}
