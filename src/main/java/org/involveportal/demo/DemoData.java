package org.involveportal.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.ResponseWindow;
import org.involveportal.forum.GroupText;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.platform.ClockProducer;

/**
 * Demo content drawn from the councils' involvement strategies (Islington, Tower Hamlets, Wrexham):
 * their real groups and the kind of consultations they run. Windows are set relative to the first
 * start, so a fresh demo always has something open.
 */
@Stateless
public class DemoData {

    private static final String STEP = "demo-data";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the demo data unless it was loaded before; true if it loaded it now. */
    public boolean loadOnce() {
        long done = em.createNativeQuery("select count(*) from setup_step where name = ?")
                .setParameter(1, STEP)
                .getSingleResult() instanceof Number n ? n.longValue() : 0;
        if (done > 0) {
            return false;
        }
        loadConsultations();
        loadGroups();
        em.createNativeQuery("insert into setup_step (name, done_at) values (?, utc_timestamp(6))")
                .setParameter(1, STEP)
                .executeUpdate();
        return true;
    }

    private void loadConsultations() {
        var strategy = new Consultation("draft-involvement-strategy",
                new ConsultationText("Our draft involvement strategy",
                        "How should we involve people who use social care, and their carers, in planning"
                                + " and checking services? Tell us what you think of our draft strategy."),
                window(weeksFromNow(-3), weeksFromNow(9)));
        strategy.putText("cy", new ConsultationText("Ein strategaeth cynnwys ddrafft",
                "Sut dylem ni gynnwys pobl sy'n defnyddio gofal cymdeithasol, a'u gofalwyr, wrth gynllunio"
                        + " a gwirio gwasanaethau? Dywedwch wrthym beth yw eich barn am ein strategaeth ddrafft."));
        em.persist(strategy);

        var carersBreaks = new Consultation("carers-short-breaks",
                new ConsultationText("Short breaks for carers",
                        "We want to change how carers book a short break. Tell us what works for you.")
                        .withShorterPeriodReason("The new booking system must be chosen by the end of March, when the"
                                + " current contract ends. We are giving as much time as we can."),
                window(weeksFromNow(-1), weeksFromNow(7)));
        carersBreaks.putText("cy", new ConsultationText("Seibiannau byr i ofalwyr",
                "Rydym ni eisiau newid sut mae gofalwyr yn trefnu seibiant byr. Dywedwch wrthym beth sy'n gweithio i chi.")
                .withShorterPeriodReason("Rhaid dewis y system archebu newydd erbyn diwedd mis Mawrth, pan ddaw'r"
                        + " contract presennol i ben. Rydym yn rhoi cymaint o amser ag y gallwn."));
        em.persist(carersBreaks);

        var transport = new Consultation("accessible-transport",
                new ConsultationText("Getting around: accessible transport",
                        "Taxicards, freedom passes, pavements and crossings: what makes it hard to get around?"),
                window(weeksFromNow(2), weeksFromNow(14)));
        transport.putText("cy", new ConsultationText("Mynd o gwmpas: trafnidiaeth hygyrch",
                "Cardiau tacsi, tocynnau teithio, palmentydd a chroesfannau: beth sy'n ei gwneud hi'n anodd mynd o gwmpas?"));
        em.persist(transport);

        var dayServices = new Consultation("day-opportunities-review",
                new ConsultationText("Day opportunities for older people",
                        "We asked what older people want from day centres and clubs."),
                window(weeksFromNow(-16), weeksFromNow(-4)));
        dayServices.putText("cy", new ConsultationText("Cyfleoedd dydd i bobl hŷn",
                "Gofynnon ni beth mae pobl hŷn eisiau gan ganolfannau dydd a chlybiau."));
        em.persist(dayServices);
    }

    private void loadGroups() {
        group("carers-forum", "Carers Forum",
                "A place for unpaid carers to meet, share what helps, and tell the council what carers need.",
                "Fforwm Gofalwyr",
                "Lle i ofalwyr di-dâl gyfarfod, rhannu beth sy'n helpu, a dweud wrth y cyngor beth sydd ei angen ar ofalwyr.");
        group("older-persons-reference-group", "Older Persons Reference Group",
                "Older people who give their views on services for older people before decisions are made.",
                "Grŵp Cyfeirio Pobl Hŷn",
                "Pobl hŷn sy'n rhoi eu barn ar wasanaethau i bobl hŷn cyn i benderfyniadau gael eu gwneud.");
        group("learning-disability-partnership-board", "Learning Disability Partnership Board",
                "A big meeting where people with learning disabilities, carers and services plan and check services together.",
                "Bwrdd Partneriaeth Anabledd Dysgu",
                "Cyfarfod mawr lle mae pobl ag anabledd dysgu, gofalwyr a gwasanaethau yn cynllunio ac yn gwirio gwasanaethau gyda'i gilydd.");
        group("power-and-control", "Power and Control group",
                "People with learning disabilities who speak up for service users at the Partnership Board. Meets every week.",
                "Grŵp Pŵer a Rheolaeth",
                "Pobl ag anabledd dysgu sy'n siarad dros ddefnyddwyr gwasanaeth yn y Bwrdd Partneriaeth. Yn cyfarfod bob wythnos.");
        group("mobility-forum", "Mobility Forum",
                "Disabled and older people raise problems with getting around: pavements, crossings, transport. Meets three times a year.",
                "Fforwm Symudedd",
                "Mae pobl anabl a phobl hŷn yn codi problemau wrth fynd o gwmpas: palmentydd, croesfannau, trafnidiaeth. Yn cyfarfod dair gwaith y flwyddyn.");
        group("direct-payments-reference-group", "Direct Payments Reference Group",
                "People who use direct payments help shape how they work.",
                "Grŵp Cyfeirio Taliadau Uniongyrchol",
                "Mae pobl sy'n defnyddio taliadau uniongyrchol yn helpu i lunio sut maen nhw'n gweithio.");
    }

    private void group(String slug, String name, String purpose, String welshName, String welshPurpose) {
        var group = new InvolvementGroup(slug, new GroupText(name, purpose));
        group.putText("cy", new GroupText(welshName, welshPurpose));
        em.persist(group);
    }

    private static ResponseWindow window(Instant opens, Instant closes) {
        return new ResponseWindow(opens, closes);
    }

    /** Midnight in London, so windows read naturally ("closes at 11:59pm"). */
    private Instant weeksFromNow(int weeks) {
        ZonedDateTime london = ZonedDateTime.now(clock.withZone(ClockProducer.LONDON))
                .plusWeeks(weeks)
                .with(LocalTime.MIDNIGHT);
        return weeks > 0 ? london.toInstant().minus(Duration.ofMinutes(1)) : london.toInstant();
    }
}
