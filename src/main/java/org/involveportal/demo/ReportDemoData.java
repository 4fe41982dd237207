package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.activity.Activity;
import org.involveportal.activity.ActivityKind;
import org.involveportal.activity.ActivityText;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.ResponseWindow;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.feedback.FeedbackReport;
import org.involveportal.feedback.FeedbackText;
import org.involveportal.forum.Support;
import org.involveportal.people.Resident;
import org.involveportal.platform.ClockProducer;
import org.involveportal.report.PublishedReport;
import org.involveportal.report.ReportPeriod;
import org.involveportal.report.ReportService;
import org.involveportal.response.ResponseTallies;

/**
 * The demo's history for the involvement report, all in the last whole quarter before the demo starts (its report is
 * published, so the demo has one): a Quality Checker visit six people came to and a carers' focus group three came
 * to (a figure the report shows as "fewer than 5"), a group meeting five attended, seven group members, and a short
 * consultation on meals at home with 19 responses (online, on paper, by phone), "about you" answers and its
 * "You said, we did" published three weeks after it closed.
 */
final class ReportDemoData {

    /** Who published the demo's report (a demo staff account). */
    static final String PUBLISHER = "publisher@example.gov.uk";

    private final EntityManager em;
    private final Clock clock;
    private final ReportService reports;

    ReportDemoData(EntityManager em, Clock clock, ReportService reports) {
        this.em = em;
        this.clock = clock;
        this.reports = reports;
    }

    /** The period the demo history falls in: the last whole quarter before today (London). */
    static ReportPeriod period(Clock clock) {
        return ReportPeriod.quarterBefore(LocalDate.now(clock.withZone(ClockProducer.LONDON)));
    }

    void load() {
        var period = period(clock);
        LocalDate first = period.firstDay();
        Instant now = clock.instant();
        long[] residents = new long[8];
        for (int i = 0; i < residents.length; i++) {
            var resident = new Resident("involved-" + (i + 1) + "@example.org", ForumDemoData.UNUSABLE_PASSWORD,
                    i % 4 == 0 ? "cy" : "en", at(first, 9, 0));
            resident.markVerified(at(first, 9, 0));
            em.persist(resident);
            em.flush();
            residents[i] = resident.getId();
        }
        activities(first, residents);
        meetingAndMembers(first, residents);
        consultation(first);
        em.flush();
        reports.publish(period, Map.of(
                "en", new PublishedReport.Words(
                        "This quarter people checked a day service as Quality Checkers, carers met to talk about short breaks, "
                                + "and we asked about meals at home and said what we changed.",
                        "People checked a day service.\nCarers talked to us about breaks.\nYou told us about meals at home.\nWe told you what we changed."),
                "cy", new PublishedReport.Words(
                        "Y chwarter hwn bu pobl yn gwirio gwasanaeth dydd fel Gwirwyr Ansawdd, cyfarfu gofalwyr i siarad am seibiannau byr, "
                                + "a gofynnon ni am brydau bwyd gartref a dweud beth wnaethon ni ei newid.",
                        "Bu pobl yn gwirio gwasanaeth dydd.\nSiaradodd gofalwyr â ni am seibiannau.\nDywedoch wrthym am brydau bwyd gartref.\nDywedon ni wrthych beth wnaethon ni ei newid.")),
                PUBLISHER);
        // published the week after the quarter ended, or now if that is sooner
        Instant weekAfter = period.until().plus(Duration.ofDays(7));
        em.createNativeQuery("update involvement_report set published_at = ?1 where slug = ?2")
                .setParameter(1, utc(weekAfter.isBefore(now) ? weekAfter : now)).setParameter(2, period.slug()).executeUpdate();
    }

    private void activities(LocalDate first, long[] residents) {
        LocalDate visitDay = first.plusDays(20);
        var visit = new Activity("quality-checker-visit-riverside-day-centre", new ActivityText("Quality Checker visit to Riverside day centre",
                "Quality Checkers visited Riverside day centre and checked it against the participation standards.", "Riverside day centre",
                "Step-free access and an accessible toilet."));
        visit.putText("cy", new ActivityText("Ymweliad Gwirwyr Ansawdd â chanolfan ddydd Glan yr Afon",
                "Ymwelodd Gwirwyr Ansawdd â chanolfan ddydd Glan yr Afon a'i gwirio yn erbyn y safonau cyfranogiad.",
                "Canolfan ddydd Glan yr Afon", "Mynediad heb risiau a thoiled hygyrch."));
        visit.describe(ActivityKind.QUALITY_CHECKER_VISIT, org.involveportal.activity.LadderLevel.INVOLVING, Topic.DAY_OPPORTUNITIES,
                        ClientGroup.OLDER_PEOPLE, true)
                .schedule(at(visitDay, 10, 0), at(visitDay, 13, 0), 8)
                .offer(Set.of(Support.TRANSPORT, Support.REFRESHMENTS));
        visit.setPublished(true);
        visit.recordOutcome("The centre now asks people each month what they want to do.", at(visitDay, 14, 0));
        em.persist(visit);

        LocalDate groupDay = first.plusDays(45);
        var focus = new Activity("carers-focus-group-short-breaks", new ActivityText("Carers' focus group on short breaks",
                "Carers told us what makes a short break work for them.", "Carers' centre", "Step-free access. Replacement care offered."));
        focus.putText("cy", new ActivityText("Grŵp ffocws gofalwyr ar seibiannau byr",
                "Dywedodd gofalwyr wrthym beth sy'n gwneud i seibiant byr weithio iddyn nhw.", "Canolfan gofalwyr",
                "Mynediad heb risiau. Cynigir gofal yn lle."));
        focus.describe(ActivityKind.FOCUS_GROUP, org.involveportal.activity.LadderLevel.CONSULTING, Topic.CARERS_SUPPORT, ClientGroup.CARERS, false)
                .schedule(at(groupDay, 18, 0), at(groupDay, 20, 0), 6)
                .offer(Set.of(Support.REFRESHMENTS));
        focus.setPublished(true);
        em.persist(focus);
        em.flush();

        // six came to the visit and one chosen did not; three came to the focus group
        for (int i = 0; i < 7; i++) {
            interest(visit.getId(), residents[i], at(first.plusDays(5), 10, i), at(first.plusDays(10), 9, 0), i < 6);
        }
        for (int i = 5; i < 8; i++) {
            interest(focus.getId(), residents[i], at(first.plusDays(30), 10, i), at(first.plusDays(35), 9, 0), true);
        }
    }

    private void interest(long activityId, long residentId, Instant expressed, Instant decided, boolean came) {
        em.createNativeQuery("insert into activity_interest (activity_id, resident_id, expressed_at, status, decided_at, decided_by, attended)"
                        + " values (?1, ?2, ?3, 'CHOSEN', ?4, 'editor@example.gov.uk', ?5)")
                .setParameter(1, activityId).setParameter(2, residentId).setParameter(3, utc(expressed)).setParameter(4, utc(decided))
                .setParameter(5, came).executeUpdate();
    }

    private void meetingAndMembers(LocalDate first, long[] residents) {
        Object group = em.createNativeQuery("select min(id) from involvement_group").getSingleResult();
        if (group == null) {
            return;
        }
        long groupId = ((Number) group).longValue();
        LocalDate day = first.plusDays(55);
        em.createNativeQuery("insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (?1, ?2, ?3, 'Town Hall, Committee Room 2', 20)")
                .setParameter(1, groupId).setParameter(2, utc(at(day, 14, 0))).setParameter(3, utc(at(day, 16, 0))).executeUpdate();
        long meetingId = ((Number) em.createNativeQuery("select max(id) from meeting").getSingleResult()).longValue();
        em.createNativeQuery("insert into meeting_text (meeting_id, language, title) values (?1, 'en', 'Quarterly meeting'), (?1, 'cy', 'Cyfarfod chwarterol')")
                .setParameter(1, meetingId).executeUpdate();
        for (int i = 0; i < 7; i++) {
            Instant registered = at(first.plusDays(40), 9, i);
            em.createNativeQuery("insert into meeting_registration (meeting_id, resident_id, status, registered_at, changed_at) values (?1, ?2, ?3, ?4, ?4)")
                    .setParameter(1, meetingId).setParameter(2, residents[i]).setParameter(3, i < 5 ? "ATTENDED" : "REGISTERED")
                    .setParameter(4, utc(registered)).executeUpdate();
            em.createNativeQuery("insert into group_membership (group_id, resident_id, status, requested_at, decided_at, decided_by)"
                            + " values (?1, ?2, 'MEMBER', ?3, ?3, 'editor@example.gov.uk')")
                    .setParameter(1, groupId).setParameter(2, residents[i]).setParameter(3, utc(at(first.plusDays(2 + i), 11, 0))).executeUpdate();
        }
    }

    private void consultation(LocalDate first) {
        Instant opens = first.plusDays(3).atStartOfDay(ClockProducer.LONDON).toInstant();
        Instant closes = first.plusDays(45).atTime(23, 59).atZone(ClockProducer.LONDON).toInstant();
        var meals = new Consultation("meals-at-home-review", new ConsultationText("Meals at home",
                "We asked people who get meals at home what they think of them.")
                .withShorterPeriodReason("The new meals contract had to be agreed before the end of the quarter."),
                new ResponseWindow(opens, closes));
        meals.putText("cy", new ConsultationText("Prydau bwyd gartref",
                "Gofynnon ni i bobl sy'n cael prydau bwyd gartref beth yw eu barn amdanyn nhw.")
                .withShorterPeriodReason("Roedd rhaid cytuno ar y contract prydau bwyd newydd cyn diwedd y chwarter."));
        meals.addTopics(Topic.HEALTH_AND_WELLBEING);
        meals.addClientGroups(ClientGroup.OLDER_PEOPLE, ClientGroup.PHYSICAL_DISABILITY);
        meals.publish(opens.minus(Duration.ofDays(7)));
        em.persist(meals);
        em.flush();
        long id = meals.getId();
        // 19 responses: 12 online, 5 on paper, 2 by phone
        List<String> channels = List.of("ONLINE", "PAPER", "PHONE");
        int[] howMany = {12, 5, 2};
        int n = 0;
        for (int c = 0; c < channels.size(); c++) {
            for (int i = 0; i < howMany[c]; i++, n++) {
                em.createNativeQuery("insert into response (consultation_id, reference, channel, answering_as, language, submitted_at, contact_way)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6, 'NONE')")
                        .setParameter(1, id).setParameter(2, String.format("RS-MEALS-%04d", n + 1)).setParameter(3, channels.get(c))
                        .setParameter(4, n % 3 == 0 ? "CARER" : "SERVICE_USER").setParameter(5, n % 5 == 0 ? "cy" : "en")
                        .setParameter(6, utc(opens.plus(Duration.ofHours(30L + 37L * n)))).executeUpdate();
            }
        }
        // "about you" from 15 of them: ages chosen so one category is small
        String[] ages = {"65_74", "65_74", "65_74", "65_74", "65_74", "65_74", "75_84", "75_84", "75_84", "75_84", "75_84",
                "85_OVER", "85_OVER", "55_64", "PREFER_NOT_TO_SAY"};
        for (int i = 0; i < ages.length; i++) {
            em.createNativeQuery("insert into equality_answers (id, consultation_id, age_group, carer) values (uuid(), ?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, ages[i]).setParameter(3, i % 3 == 0 ? "YES" : "NO").executeUpdate();
        }
        for (String statement : ResponseTallies.rebuild(id)) {
            em.createNativeQuery(statement).executeUpdate();
        }
        Instant published = closes.plus(Duration.ofDays(21));
        var feedback = new FeedbackReport(id, published);
        feedback.putText("en", new FeedbackText("19 people took part: 12 online, 5 on paper and 2 by phone.",
                "<p>You said meals often arrive cold, and the menu rarely changes.</p>",
                "<ul><li>Meals now come in heated boxes.</li><li>The menu changes every four weeks.</li></ul>",
                "<p>We could not add a second daily delivery: it would cost more than the service's budget.</p>",
                "<p>We will ask again in six months whether meals arrive hot.</p>"), published);
        feedback.putText("cy", new FeedbackText("Cymerodd 19 o bobl ran: 12 ar-lein, 5 ar bapur a 2 dros y ffôn.",
                "<p>Dywedoch fod prydau bwyd yn aml yn cyrraedd yn oer, ac mai anaml mae'r fwydlen yn newid.</p>",
                "<ul><li>Mae prydau bwyd bellach yn dod mewn blychau wedi'u gwresogi.</li><li>Mae'r fwydlen yn newid bob pedair wythnos.</li></ul>",
                "<p>Doedd dim modd ychwanegu ail ddosbarthiad bob dydd: byddai'n costio mwy na chyllideb y gwasanaeth.</p>",
                "<p>Byddwn yn gofyn eto ymhen chwe mis a yw prydau bwyd yn cyrraedd yn boeth.</p>"), published);
        em.persist(feedback);
        feedback.publish(meals, false, published);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ClockProducer.LONDON).toInstant();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
