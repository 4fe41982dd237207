package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.involveportal.activity.Activity;
import org.involveportal.activity.ActivityKind;
import org.involveportal.activity.ActivityText;
import org.involveportal.activity.LadderLevel;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.Support;
import org.involveportal.platform.ClockProducer;

/**
 * The demo's involvement activities, from the councils' strategies: a Quality Checker visit with Wrexham's Quality
 * Assurance Monitoring Feedback Group, checking a service against the Department of Social Care's participation
 * standards; an interview panel for social care staff (Wrexham: "Service users and carers will be involved in the
 * recruitment and training of social care staff"); and a co-production workshop with THINK, the Tower Hamlets
 * Involvement Network, on tools for planning self-directed support. All published, in the weeks to come.
 */
final class ActivityDemoData {

    private final EntityManager em;
    private final Clock clock;

    ActivityDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.LONDON));

        LocalDate visitDay = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var visit = new Activity("quality-checker-visit-day-services", new ActivityText("Quality Checker visit to a day service",
                "Visit a day service with the Quality Assurance Monitoring Feedback Group and check it against the Department of "
                        + "Social Care's participation standards: are people who use the service treated fairly and respectfully, "
                        + "and are their views acted on?",
                "A day service in Wrexham: we tell you which one when you are chosen",
                "We collect you and bring you home. The service has step-free access and an accessible toilet."));
        visit.putText("cy", new ActivityText("Ymweliad Gwiriwr Ansawdd â gwasanaeth dydd",
                "Ymweld â gwasanaeth dydd gyda'r Grŵp Monitro Sicrhau Ansawdd ac Adborth a'i wirio yn erbyn safonau cyfranogiad "
                        + "yr Adran Gofal Cymdeithasol: a yw'r bobl sy'n defnyddio'r gwasanaeth yn cael eu trin yn deg ac â pharch, "
                        + "ac a yw eu barn yn cael ei gweithredu?",
                "Gwasanaeth dydd yn Wrecsam: byddwn yn dweud wrthych pa un pan fyddwch wedi'ch dewis",
                "Rydym yn eich casglu ac yn dod â chi adref. Mae gan y gwasanaeth fynediad heb risiau a thoiled hygyrch."));
        visit.describe(ActivityKind.QUALITY_CHECKER_VISIT, LadderLevel.INVOLVING, Topic.DAY_OPPORTUNITIES, ClientGroup.EVERYONE, true)
                .schedule(at(visitDay, 10, 0), at(visitDay, 13, 0), 4)
                .offer(Set.of(Support.TRANSPORT, Support.SUPPORT_WORKER, Support.REFRESHMENTS));
        visit.setPublished(true);
        em.persist(visit);

        LocalDate panelDay = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var panel = new Activity("interview-panel-social-care-staff", new ActivityText("Interview panel for social care staff",
                "Sit on the panel that interviews new social workers, with a manager from the Department of Social Care. "
                        + "We train you first in the recruitment procedures, and your question counts as much as anyone's.",
                "Guildhall, Wrexham",
                "Step-free entrance and lift. Hearing loop in the interview room. Quiet room for breaks."));
        panel.putText("cy", new ActivityText("Panel cyfweld ar gyfer staff gofal cymdeithasol",
                "Eistedd ar y panel sy'n cyfweld gweithwyr cymdeithasol newydd, gyda rheolwr o'r Adran Gofal Cymdeithasol. "
                        + "Rydym yn eich hyfforddi yn y gweithdrefnau recriwtio yn gyntaf, ac mae eich cwestiwn yn cyfrif cymaint ag un unrhyw un arall.",
                "Neuadd y Dref, Wrecsam",
                "Mynedfa heb risiau a lifft. Dolen sain yn yr ystafell gyfweld. Ystafell dawel ar gyfer seibiannau."));
        panel.describe(ActivityKind.RECRUITMENT_OR_TENDER_PANEL, LadderLevel.COLLABORATING, Topic.INVOLVEMENT, ClientGroup.EVERYONE, false)
                .schedule(at(panelDay, 9, 30), at(panelDay, 15, 30), 2)
                .offer(Set.of(Support.HEARING_LOOP, Support.INTERPRETER, Support.TRANSPORT));
        panel.setPublished(true);
        em.persist(panel);

        LocalDate workshopDay = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        var workshop = new Activity("co-producing-self-directed-support-tools", new ActivityText(
                "Workshop: planning your own support",
                "Work with THINK, the Tower Hamlets Involvement Network, and council staff to design the tools people use to plan "
                        + "self-directed support and direct payments: what to ask, in what order, and in words everyone understands.",
                "Tower Hamlets Town Hall, Whitechapel Road, E1",
                "Step-free access and a lift. Accessible toilet. Lunch is provided: tell us what you eat."));
        workshop.describe(ActivityKind.CO_PRODUCTION_WORKSHOP, LadderLevel.COLLABORATING, Topic.DIRECT_PAYMENTS, ClientGroup.EVERYONE, true)
                .schedule(at(workshopDay, 10, 0), at(workshopDay, 15, 0), 12)
                .offer(Set.of(Support.BSL, Support.INTERPRETER, Support.REFRESHMENTS, Support.TRANSPORT));
        workshop.setPublished(true);
        em.persist(workshop);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ClockProducer.LONDON).toInstant();
    }
}
