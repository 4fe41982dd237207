package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.actionplan.ActionPlan;
import org.involveportal.actionplan.ActionPlanText;
import org.involveportal.actionplan.ActionUpdate;
import org.involveportal.actionplan.PlanAction;
import org.involveportal.actionplan.PlanTheme;
import org.involveportal.actionplan.Rag;
import org.involveportal.actionplan.Timescale;
import org.involveportal.consultation.Consultation;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.platform.ClockProducer;

/**
 * The demo's two action plans, from the councils' own: the involvement strategy's plan (Tower Hamlets' Appendix II
 * and Cambridgeshire's client involvement plan: an involvement structure, communication, reaching seldom-heard people)
 * and the adult social care inspection action plan (Dudley's, answering the inspectors' recommendations on
 * safeguarding, carers and access). Actions at every status, with dated progress, some from the demo's consultations,
 * their "You said, we did" and groups.
 */
final class ActionPlanDemoData {

    private final EntityManager em;
    private final Clock clock;
    private LocalDate today;

    ActionPlanDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load() {
        today = LocalDate.now(clock.withZone(ClockProducer.LONDON));
        Long dayServices = consultation("day-opportunities-review");
        Long carersForum = group("carers-forum");
        Long olderPeople = group("older-persons-reference-group");
        Long housebound = group("older-persons-housebound-reference-group");

        var strategy = plan("involvement-strategy-action-plan", "Involvement strategy: action plan",
                "What we will do over three years so that people who use services and carers shape them: an involvement "
                        + "structure that is open to everyone, telling people what changed, and involvement in every plan.",
                "Strategaeth cynnwys pobl: cynllun gweithredu",
                "Beth fyddwn ni’n ei wneud dros dair blynedd er mwyn i bobl sy’n defnyddio gwasanaethau a gofalwyr eu llunio: "
                        + "strwythur cynnwys pobl sy’n agored i bawb, dweud wrth bobl beth newidiodd, a chynnwys pobl ym mhob cynllun.");
        var culture = theme(strategy, 1, "A culture where involvement is part of everyday work");
        var structure = theme(strategy, 2, "An involvement structure that is open to everyone");
        var planning = theme(strategy, 3, "People involved from the start of planning");

        action(strategy, culture, 1, "Develop a section of the staff intranet and staff briefings on involvement",
                "Involvement Manager", Timescale.quarter(year(-1), 2), "Staff understand and use the principles of involvement",
                null, null, null, Rag.DONE,
                -200, "Intranet section drafted with the Communications Officer.", Rag.GREEN,
                -150, "Intranet section live; involvement is now a standing item in team briefings.", Rag.DONE);
        action(strategy, culture, 2, "Establish a network of Involvement Champions among staff and commissioned providers",
                "Involvement Manager", Timescale.quarter(year(0), 4), "Best practice in involvement is celebrated and shared",
                null, null, null, Rag.AMBER,
                -90, "Twelve champions named; providers slower to put names forward than hoped.", Rag.AMBER);
        action(strategy, culture, 3, "Include user-led standards for involvement in the contract monitoring of commissioned services",
                "Head of Commissioning", Timescale.of(today.plusMonths(5).withDayOfMonth(1).minusDays(1)),
                "Providers are held to the standards people who use services set", null, null, null, Rag.RED,
                -60, "Standards agreed with the Carers Forum, but contract monitoring forms not yet changed.", Rag.AMBER,
                -14, "Change to the monitoring forms delayed until the new contracts start.", Rag.RED);

        action(strategy, structure, 1, "Develop a way for housebound people and carers to take part in the decisions of user groups",
                "Involvement Manager", Timescale.quarter(year(0), 3), "People who cannot leave home are heard too",
                null, null, housebound, Rag.GREEN,
                -45, "Housebound reference group meets by phone each month; first views passed to the Older Persons Reference Group.", Rag.GREEN);
        action(strategy, structure, 2, "Support the Carers Forum and the Older Persons Reference Group, and publish what they change",
                "Head of Adult Social Care", Timescale.quarter(year(1), 1), "A collective voice on what matters to carers and older people",
                null, null, carersForum, Rag.GREEN, 0, null, null, 0, null, null);
        action(strategy, structure, 3, "Offer short breaks for carers in the way carers asked for in the consultation",
                "Carers Lead", Timescale.of(today.plusMonths(3)), "Carers can book a break that suits them",
                null, null, carersForum, Rag.AMBER,
                -30, "Booking by phone added; evening and weekend breaks still being arranged with providers.", Rag.AMBER);

        action(strategy, planning, 1, "Involve older people in reshaping day opportunities, as they asked",
                "Head of Commissioning", Timescale.quarter(year(0), 4), "Day centres and clubs offer what older people said they want",
                dayServices, dayServices, olderPeople, Rag.GREEN,
                -20, "Three centres now open on Saturdays; a panel of older people helps choose activities.", Rag.GREEN);
        action(strategy, planning, 2, "Involve people who use services in staff recruitment and interview panels",
                "Head of Human Resources", Timescale.quarter(year(1), 2), "People who use services help choose who supports them",
                null, null, null, Rag.AMBER, 0, null, null, 0, null, null);

        var inspection = plan("adult-social-care-inspection-action-plan", "Adult social care inspection: action plan",
                "The inspectors made recommendations to improve outcomes for adults and carers. This plan answers each of them, "
                        + "with who leads each action, by when, and what has happened so far.",
                "Arolygiad gofal cymdeithasol oedolion: cynllun gweithredu",
                "Gwnaeth yr arolygwyr argymhellion i wella canlyniadau i oedolion a gofalwyr. Mae’r cynllun hwn yn ateb pob un, "
                        + "gyda phwy sy’n arwain pob cam gweithredu, erbyn pryd, a beth sydd wedi digwydd hyd yma.");
        var safeguarding = theme(inspection, 1, "Safeguarding vulnerable adults");
        var carers = theme(inspection, 2, "Carers’ rights and support");
        var access = theme(inspection, 3, "First contact and equal access");

        action(inspection, safeguarding, 1, "Review the organisational arrangements for the management of adult protection work",
                "Assistant Director, Learning Disabilities and Mental Health", Timescale.of(today.minusDays(10)),
                "Cross-agency arrangements are more efficient and effective", null, null, null, Rag.RED,
                -100, "Review started; decision made to add social workers to the adult protection team.", Rag.GREEN,
                -40, "Review report delayed: two partner agencies have not sent their information.", Rag.RED);
        action(inspection, safeguarding, 2, "Introduce a standard invitation list for adult protection conferences and strategy meetings",
                "Head of Safeguarding", Timescale.quarter(year(-1), 3), "Every agency with a contribution to make is invited",
                null, null, null, Rag.DONE,
                -180, "Issued and in use.", Rag.DONE);
        action(inspection, safeguarding, 3, "Promote safeguarding messages to the public through an information and publicity strategy",
                "Head of Safeguarding", Timescale.quarter(year(0), 4), "People know how to report a concern about a vulnerable adult",
                null, null, null, Rag.GREEN,
                -50, "Communications strategy approved by the Safeguarding Board; priorities for the next six months agreed.", Rag.GREEN);

        action(inspection, carers, 1, "Promote carers’ rights across partner organisations and identify carers’ needs",
                "Carers Lead", Timescale.quarter(year(1), 1), "Carers are recognised and supported in their caring role",
                null, null, carersForum, Rag.AMBER,
                -35, "Carers’ assessment form rewritten with the Carers Forum; training for partner staff not yet booked.", Rag.AMBER);
        action(inspection, carers, 2, "Address emotional, leisure, social and cultural opportunities in assessment and support planning",
                "Head of Adult Social Care", Timescale.quarter(year(0), 4), "Support plans cover the whole of a person’s life",
                null, dayServices, olderPeople, Rag.GREEN, 0, null, null, 0, null, null);

        action(inspection, access, 1, "Make sure first contact and signposting give effective and equal access",
                "Head of Customer Services", Timescale.of(today.plusMonths(2)), "Everyone gets the same good start, whatever their language or needs",
                null, null, null, Rag.AMBER,
                -25, "Interpreting now offered at first contact; easy read leaflets still being written.", Rag.AMBER);
    }

    private int year(int offset) {
        return today.getYear() + offset;
    }

    private ActionPlan plan(String slug, String title, String summary, String welshTitle, String welshSummary) {
        var plan = new ActionPlan(slug, new ActionPlanText(title, summary), clock.instant().minusSeconds(86_400L * 240));
        plan.putText("cy", new ActionPlanText(welshTitle, welshSummary));
        plan.setPublished(true);
        em.persist(plan);
        em.flush();
        return plan;
    }

    private PlanTheme theme(ActionPlan plan, int position, String title) {
        var theme = new PlanTheme(plan.getId(), position, title);
        em.persist(theme);
        em.flush();
        return theme;
    }

    /** An action with up to two progress updates (days from today, words, status; 0 and null for none). */
    private void action(ActionPlan plan, PlanTheme theme, int position, String what, String lead, Timescale due, String outcome,
                        Long consultationId, Long feedbackId, Long groupId, Rag startingRag,
                        int firstDay, String firstWords, Rag firstRag, int secondDay, String secondWords, Rag secondRag) {
        int number = (int) (theme.getPosition() * 100 + position);
        var action = new PlanAction(plan.getId(), theme.getId(), number, what, lead, due,
                firstWords == null ? startingRag : Rag.GREEN, outcome);
        action.linkTo(consultationId, feedbackId, groupId);
        em.persist(action);
        em.flush();
        var updates = new ArrayList<ActionUpdate>();
        if (firstWords != null) {
            updates.add(update(action, firstDay, firstWords, firstRag, updates));
        }
        if (secondWords != null) {
            updates.add(update(action, secondDay, secondWords, secondRag, updates));
        }
    }

    private void action(ActionPlan plan, PlanTheme theme, int position, String what, String lead, Timescale due, String outcome,
                        Long consultationId, Long feedbackId, Long groupId, Rag startingRag,
                        int firstDay, String firstWords, Rag firstRag) {
        action(plan, theme, position, what, lead, due, outcome, consultationId, feedbackId, groupId, startingRag,
                firstDay, firstWords, firstRag, 0, null, null);
    }

    private ActionUpdate update(PlanAction action, int day, String words, Rag rag, List<ActionUpdate> earlier) {
        var update = action.progress(words, rag, today.plusDays(day), today, earlier, clock.instant().plusSeconds(86_400L * day));
        em.persist(update);
        em.flush();
        return update;
    }

    private Long consultation(String slug) {
        return em.createQuery("select c from Consultation c where c.slug = :s", Consultation.class).setParameter("s", slug)
                .getResultStream().findFirst().map(Consultation::getId).orElse(null);
    }

    private Long group(String slug) {
        return em.createQuery("select g from InvolvementGroup g where g.slug = :s", InvolvementGroup.class).setParameter("s", slug)
                .getResultStream().findFirst().map(InvolvementGroup::getId).orElse(null);
    }
}
