package org.involveportal.response;

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
import org.involveportal.consultation.Consultation;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.ClockProducer;
import org.involveportal.people.InvolvementHistory;
import org.involveportal.people.InvolvementHistorySource;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * The consultations a resident answered while signed in (which, and on what day; never the answers): on their
 * involvement history, listed on "my data", and removed when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class ConsultationAnsweredData implements PersonalDataSource, InvolvementHistorySource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    private List<ConsultationAnswered> answeredBy(long residentId) {
        return em.createQuery("select a from ConsultationAnswered a where a.residentId = :r order by a.answeredOn, a.id",
                ConsultationAnswered.class).setParameter("r", residentId).getResultList();
    }

    @Override
    public List<InvolvementHistory.Entry> historyOf(long residentId, Language reader) {
        var entries = new ArrayList<InvolvementHistory.Entry>();
        for (var answered : answeredBy(residentId)) {
            var consultation = em.find(Consultation.class, answered.getConsultationId());
            entries.add(new InvolvementHistory.Entry(answered.getAnsweredOn().atTime(12, 0).atZone(ClockProducer.LONDON).toInstant(),
                    InvolvementHistory.Kind.CONSULTATION, consultation.textIn(reader.tag()).getTitle(),
                    consultation.languageShownTo(reader.tag()), null));
        }
        return entries;
    }

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var answered : answeredBy(residentId)) {
            var consultation = em.find(Consultation.class, answered.getConsultationId());
            var item = new LinkedHashMap<String, String>();
            item.put("history.data.consultation", consultation.textIn(language.tag()).getTitle());
            item.put("history.data.answeredOn", DateFormatting.date(answered.getAnsweredOn(), language));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("history.data.answered", items));
    }

    /** Inside the deleting transaction: the record of what was answered goes (the responses themselves are anonymous). */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createQuery("delete from ConsultationAnswered a where a.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
    }
}
