package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.involveportal.activity.Activity;
import org.involveportal.platform.ClockProducer;
import org.involveportal.training.Course;
import org.involveportal.training.CourseText;
import org.involveportal.training.TrainingSession;

/**
 * The demo's training, from the councils' strategies: Tower Hamlets' plan "to develop an induction pack for users in
 * relation to the work of the Directorate" and "a training programme for users with key partners in health and social
 * care services, including equalities training", with chairing a meeting for those who chair a forum, and being a
 * Quality Checker before a Quality Checker visit (which asks for it). Sessions in the weeks to come, and one past
 * induction that two demo carers completed.
 */
final class TrainingDemoData {

    private final EntityManager em;
    private final Clock clock;

    TrainingDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.LONDON));

        var induction = course("induction-for-new-members", "Induction for new members",
                "What the council's adult social care directorate does, how involvement works here, what happens to what you "
                        + "tell us, and the support, expenses and payment you can have. For anyone who has just joined a group or panel.",
                "Cyflwyniad i aelodau newydd",
                "Beth mae cyfarwyddiaeth gofal cymdeithasol oedolion y cyngor yn ei wneud, sut mae cynnwys pobl yn gweithio yma, "
                        + "beth sy'n digwydd i'r hyn rydych chi'n ei ddweud wrthym, a'r cymorth, y treuliau a'r tâl y gallwch eu cael.");
        var equality = course("equality-and-diversity", "Equality and diversity",
                "Treating everyone fairly when we involve people: the protected characteristics, reaching people who are seldom "
                        + "heard, and making meetings and papers accessible. Run with our partners in health.",
                "Cydraddoldeb ac amrywiaeth",
                "Trin pawb yn deg wrth gynnwys pobl: y nodweddion gwarchodedig, cyrraedd pobl na chlywir yn aml, a gwneud "
                        + "cyfarfodydd a phapurau yn hygyrch. Yn cael ei gynnal gyda'n partneriaid ym maes iechyd.");
        var chairing = course("chairing-a-meeting", "Chairing a meeting",
                "Agendas, keeping time, giving everyone a turn to speak, and agreeing what happens next. For members who chair "
                        + "or would like to chair a forum or a board.",
                "Cadeirio cyfarfod",
                "Agendâu, cadw amser, rhoi cyfle i bawb siarad, a chytuno beth sy'n digwydd nesaf. I aelodau sy'n cadeirio, neu "
                        + "a hoffai gadeirio, fforwm neu fwrdd.");
        var checker = course("being-a-quality-checker", "Being a Quality Checker",
                "How a Quality Checker visit works: what to look for, how to talk with people who use a service, and how to write "
                        + "up what you found. You need it before you go on a visit.",
                "Bod yn Wiriwr Ansawdd",
                "Sut mae ymweliad Gwiriwr Ansawdd yn gweithio: beth i chwilio amdano, sut i siarad â phobl sy'n defnyddio "
                        + "gwasanaeth, a sut i ysgrifennu'r hyn a welsoch. Mae ei angen arnoch cyn mynd ar ymweliad.");

        LocalDate pastDay = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        var pastInduction = session(induction, pastDay, 10, 13, 12, "Town Hall, Committee Room 2");
        session(induction, today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)), 10, 13, 12,
                "Town Hall, Committee Room 2");
        session(equality, today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), 13, 16, 16,
                "Carers Centre, 2 Market Street");
        session(chairing, today.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)), 18, 20, 8,
                "Town Hall, Committee Room 1");
        var checkerDay = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        var checkerSession = session(checker, checkerDay, 10, 15, 6, "Carers Centre, 2 Market Street");
        em.flush();

        // two demo carers came to the last induction, and one has booked on Quality Checker training
        Instant now = clock.instant();
        for (String email : new String[] {"carer-1@example.org", "carer-2@example.org"}) {
            Long resident = em.createQuery("select r.id from Resident r where r.email = :e", Long.class).setParameter("e", email)
                    .getResultStream().findFirst().orElse(null);
            if (resident == null) {
                continue;
            }
            insert("insert into training_booking (session_id, resident_id, booked_at) values (?, ?, ?)",
                    pastInduction.getId(), resident, pastInduction.getStartsAt().minusSeconds(7 * 24 * 3600));
            insert("insert into training_completion (course_id, resident_id, session_id, completed_at, recorded_by) values (?, ?, ?, ?, ?)",
                    induction.getId(), resident, pastInduction.getId(), pastInduction.getStartsAt(), "editor@example.gov.uk");
            if (email.startsWith("carer-1")) {
                insert("insert into training_booking (session_id, resident_id, booked_at) values (?, ?, ?)",
                        checkerSession.getId(), resident, now);
            }
        }

        // the Quality Checker visit asks for the Quality Checker course
        em.createQuery("select a from Activity a where a.slug = 'quality-checker-visit-day-services'", Activity.class)
                .getResultStream().findFirst().ifPresent(visit -> visit.requireCourse(checker.getId()));
    }

    private Course course(String slug, String title, String description, String welshTitle, String welshDescription) {
        var course = new Course(slug, new CourseText(title, description));
        course.putText("cy", new CourseText(welshTitle, welshDescription));
        course.setPublished(true);
        em.persist(course);
        return course;
    }

    private TrainingSession session(Course course, LocalDate day, int fromHour, int toHour, int places, String venue) {
        var session = new TrainingSession(course).schedule(at(day, fromHour), at(day, toHour), places)
                .at(venue, "Step-free entrance, hearing loop and an accessible toilet.");
        em.persist(session);
        return session;
    }

    private void insert(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            // instants as UTC, as the converter stores them
            query.setParameter(i + 1, values[i] instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : values[i]);
        }
        query.executeUpdate();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ClockProducer.LONDON).toInstant();
    }
}
