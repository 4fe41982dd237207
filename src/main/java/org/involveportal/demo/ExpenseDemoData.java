package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.involveportal.activity.Activity;
import org.involveportal.activity.ActivityKind;
import org.involveportal.activity.ActivityText;
import org.involveportal.activity.LadderLevel;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.expense.ExpenseClaim;
import org.involveportal.expense.ExpenseKind;
import org.involveportal.expense.ExpenseLine;
import org.involveportal.expense.ExpensePolicy;
import org.involveportal.forum.Support;
import org.involveportal.people.Resident;
import org.involveportal.platform.ClockProducer;

/**
 * A Quality Checker visit that has happened (Wrexham's Quality Assurance Monitoring Feedback Group at a day centre, last
 * month), three demo carers who came, and their expense claims as finance meets them: one waiting for a decision, one
 * decided and ready to pay, and one still a draft.
 */
final class ExpenseDemoData {

    private final EntityManager em;
    private final Clock clock;

    ExpenseDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load() {
        LocalDate day = LocalDate.now(clock.withZone(ClockProducer.LONDON)).minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        var visit = new Activity("quality-checker-visit-plas-madoc", new ActivityText("Quality Checker visit to Plas Madoc day centre",
                "Check Plas Madoc day centre against the participation standards with the Quality Assurance Monitoring Feedback Group.",
                "Plas Madoc day centre, Acrefair", "Step-free access. Accessible toilet. Lunch provided."));
        visit.putText("cy", new ActivityText("Ymweliad Gwiriwr Ansawdd â chanolfan ddydd Plas Madoc",
                "Gwirio canolfan ddydd Plas Madoc yn erbyn y safonau cyfranogiad gyda'r Grŵp Monitro Sicrhau Ansawdd ac Adborth.",
                "Canolfan ddydd Plas Madoc, Acrefair", "Mynediad heb risiau. Toiled hygyrch. Cinio wedi'i ddarparu."));
        Instant starts = day.atTime(LocalTime.of(10, 0)).atZone(ClockProducer.LONDON).toInstant();
        visit.describe(ActivityKind.QUALITY_CHECKER_VISIT, LadderLevel.INVOLVING, Topic.DAY_OPPORTUNITIES, ClientGroup.EVERYONE, true)
                .schedule(starts, starts.plus(Duration.ofHours(3)), 4)
                .offer(Set.of(Support.TRANSPORT, Support.REFRESHMENTS));
        visit.setPublished(true);
        visit.recordOutcome("The centre now asks people what they want to do each week, as the Quality Checkers suggested.", clock.instant());
        em.persist(visit);
        em.flush();

        var policy = em.find(ExpensePolicy.class, ExpensePolicy.ID);
        Instant after = starts.plus(Duration.ofDays(2));
        var took = Duration.ofHours(3);
        List<Resident> carers = em.createQuery("select r from Resident r where r.email in ('carer-1@example.org', 'carer-2@example.org',"
                + " 'carer-3@example.org') order by r.email", Resident.class).getResultList();
        for (Resident carer : carers) {
            // chosen and came, as staff marked them (the interest is the activity package's; its table is written here)
            em.createNativeQuery("insert into activity_interest (activity_id, resident_id, expressed_at, status, decided_at, decided_by,"
                    + " attended) values (?, ?, ?, 'CHOSEN', ?, 'editor@example.gov.uk', true)")
                    .setParameter(1, visit.getId()).setParameter(2, carer.getId())
                    .setParameter(3, starts.minus(Duration.ofDays(10))).setParameter(4, starts.minus(Duration.ofDays(7))).executeUpdate();
        }
        // waiting for a decision: mileage and payment for time
        var waiting = new ExpenseClaim(carers.get(0).getId(), visit.getId(), after);
        waiting.replaceLines(List.of(new ExpenseLine(ExpenseKind.MILEAGE, new BigDecimal("14"), null, "Cefn Mawr to Acrefair and back", null),
                new ExpenseLine(ExpenseKind.TIME, null, null, null, null)), policy, true, took);
        waiting.readBenefitsNotice(after);
        waiting.send(0, false, null, after);
        em.persist(waiting);
        // decided and ready to pay: mileage and time approved (no receipts needed for either)
        var decided = new ExpenseClaim(carers.get(1).getId(), visit.getId(), after);
        decided.replaceLines(List.of(new ExpenseLine(ExpenseKind.MILEAGE, new BigDecimal("9.5"), null, "Wrexham to Acrefair and back", null),
                new ExpenseLine(ExpenseKind.TIME, null, null, null, null)), policy, true, took);
        decided.readBenefitsNotice(after);
        decided.send(0, false, null, after);
        em.persist(decided);
        em.flush();
        var lines = decided.getItems();
        decided.decide(lines.get(0).getId(), true, null, "finance@example.gov.uk", after.plus(Duration.ofDays(1)));
        decided.decide(lines.get(1).getId(), true, null, "finance@example.gov.uk", after.plus(Duration.ofDays(1)));
        // still a draft: the carer has not sent it
        if (carers.size() > 2) {
            var draft = new ExpenseClaim(carers.get(2).getId(), visit.getId(), after);
            draft.replaceLines(List.of(new ExpenseLine(ExpenseKind.REPLACEMENT_CARE, null, new BigDecimal("36.00"), "A sitter for three hours", null)),
                    policy, true, took);
            em.persist(draft);
        }
    }
}
