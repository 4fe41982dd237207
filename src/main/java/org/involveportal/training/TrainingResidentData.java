package org.involveportal.training;

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
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.people.InvolvementHistory;
import org.involveportal.people.InvolvementHistorySource;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * A resident's training: the sessions they booked, with the needs they gave, and the courses they completed. Listed
 * on "my data" and in its download, on their involvement history, and removed when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class TrainingResidentData implements PersonalDataSource, InvolvementHistorySource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var sections = new ArrayList<Section>();
        var bookings = new ArrayList<Map<String, String>>();
        for (var booking : em.createQuery("select b from TrainingBooking b where b.residentId = :r order by b.bookedAt, b.id",
                TrainingBooking.class).setParameter("r", residentId).getResultList()) {
            var session = em.find(TrainingSession.class, booking.getSessionId());
            var item = new LinkedHashMap<String, String>();
            item.put("training.data.course", session.getCourse().textIn(language.tag()).getTitle());
            item.put("training.data.when", DateFormatting.dateAndTime(session.getStartsAt(), language));
            item.put("training.data.venue", session.getVenue());
            if (!booking.getNeeds().isEmpty()) {
                item.put("training.data.needs", booking.getNeeds().stream().sorted()
                        .map(need -> messages.text("involvement.need." + need.name())).collect(Collectors.joining(", ")));
            }
            if (booking.getAccessNeeds() != null) {
                item.put("training.data.accessNeeds", booking.getAccessNeeds());
            }
            item.put("training.data.booked", DateFormatting.dateAndTime(booking.getBookedAt(), language));
            bookings.add(item);
        }
        if (!bookings.isEmpty()) {
            sections.add(new Section("training.data.bookings", bookings));
        }
        var completions = new ArrayList<Map<String, String>>();
        for (var completion : completionsOf(residentId)) {
            var course = em.find(Course.class, completion.getCourseId());
            var item = new LinkedHashMap<String, String>();
            item.put("training.data.course", course.textIn(language.tag()).getTitle());
            item.put("training.data.completed", DateFormatting.date(completion.getCompletedAt(), language));
            completions.add(item);
        }
        if (!completions.isEmpty()) {
            sections.add(new Section("training.data.completions", completions));
        }
        return sections;
    }

    @Override
    public List<InvolvementHistory.Entry> historyOf(long residentId, Language reader) {
        return completionsOf(residentId).stream().map(completion -> {
            var course = em.find(Course.class, completion.getCourseId());
            var session = completion.getSessionId() == null ? null : em.find(TrainingSession.class, completion.getSessionId());
            return new InvolvementHistory.Entry(completion.getCompletedAt(), InvolvementHistory.Kind.TRAINING,
                    course.textIn(reader.tag()).getTitle(), course.languageShownTo(reader.tag()), session == null ? null : session.length());
        }).toList();
    }

    private List<TrainingCompletion> completionsOf(long residentId) {
        return em.createQuery("select c from TrainingCompletion c where c.residentId = :r order by c.completedAt, c.id",
                TrainingCompletion.class).setParameter("r", residentId).getResultList();
    }

    /** Inside the deleting transaction: bookings and completions go (the foreign keys would remove them too). */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createQuery("delete from TrainingBooking b where b.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
        em.createQuery("delete from TrainingCompletion c where c.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
    }
}
