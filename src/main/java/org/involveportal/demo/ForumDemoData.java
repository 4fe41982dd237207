package org.involveportal.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.forum.GroupText;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.forum.Meeting;
import org.involveportal.forum.MeetingMode;
import org.involveportal.forum.MeetingText;
import org.involveportal.forum.Payment;
import org.involveportal.forum.Support;
import org.involveportal.people.Resident;
import org.involveportal.platform.ClockProducer;

/**
 * The demo's involvement groups, from the councils' strategies: Islington's Power and Control group
 * (weekly, paid) and Mobility Forum (three times a year: a surgery hour, lunch, then a themed meeting),
 * groups from Tower Hamlets' Appendix I, a Wrexham programme group, and the Carers Forum, Older Persons
 * Reference Group and Learning Disability Partnership Board; with meetings to come (one nearly full)
 * and minutes of a past meeting.
 *
 * <p>The nearly-full meeting's registrations belong to demo residents' accounts
 * ({@code carer-N@example.org}) that nobody can sign in to: their password hash is unusable.
 */
final class ForumDemoData {

    /** Not a hash any password matches, so the demo residents' accounts cannot be signed in to. */
    static final String UNUSABLE_PASSWORD = "!demo-account-no-password";

    private final EntityManager em;
    private final Clock clock;

    ForumDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load() {
        var carers = group("carers-forum",
                GroupText.of("Carers Forum",
                        "A place for unpaid carers to meet, share what helps, and tell the council what carers need.",
                        "Anyone who looks after a family member, partner or friend without being paid.",
                        "Every other month, on a Tuesday morning, 10am to 12 noon.",
                        "Carers Centre, 2 Market Street",
                        "Step-free entrance and lift. Accessible toilet. Hearing loop in the main room.",
                        "Two hours every two months. Come when you can.",
                        "We pay for replacement care while you are at the meeting, and your travel.",
                        "Carers involvement officer", null),
                GroupText.of("Fforwm Gofalwyr",
                        "Lle i ofalwyr di-dâl gyfarfod, rhannu beth sy'n helpu, a dweud wrth y cyngor beth sydd ei angen ar ofalwyr.",
                        "Unrhyw un sy'n gofalu am aelod o'r teulu, partner neu ffrind heb gael ei dalu.",
                        "Bob yn ail fis, ar fore dydd Mawrth, 10am tan 12 hanner dydd.",
                        "Canolfan Gofalwyr, 2 Stryd y Farchnad",
                        "Mynedfa heb risiau a lifft. Toiled hygyrch. Dolen sain yn y brif ystafell.",
                        "Dwy awr bob deufis. Dewch pan allwch chi.",
                        "Rydym yn talu am ofal yn eich lle tra byddwch yn y cyfarfod, a'ch teithio.",
                        "Swyddog cynnwys gofalwyr", null),
                MeetingMode.BOTH, "Tower Hamlets", Payment.EXPENSES, false);
        carers.addTopics(Topic.CARERS_SUPPORT).addClientGroups(ClientGroup.CARERS)
                .addSupport(Support.HEARING_LOOP, Support.REFRESHMENTS, Support.INTERPRETER);
        easyRead(carers, "en", "people|This group is for carers.", "speech|You can tell us what carers need.",
                "calendar|We meet every two months.");
        easyRead(carers, "cy", "people|Mae'r grŵp hwn i ofalwyr.", "speech|Gallwch ddweud wrthym beth sydd ei angen ar ofalwyr.",
                "calendar|Rydym yn cyfarfod bob deufis.");

        var older = group("older-persons-reference-group",
                GroupText.of("Older Persons Reference Group",
                        "Older people who give their views on services for older people before decisions are made.",
                        "People aged 60 or over who live in the borough.",
                        "Once a month, first Thursday, 2pm to 4pm.",
                        "Age Concern Centre, 82 Mile End Road",
                        "Ground floor, step-free. Accessible toilet. Parking for blue badge holders.",
                        "Two hours a month, and reading papers before meetings.",
                        "We pay back travel costs.",
                        "Older people's engagement officer", null),
                GroupText.of("Grŵp Cyfeirio Pobl Hŷn",
                        "Pobl hŷn sy'n rhoi eu barn ar wasanaethau i bobl hŷn cyn i benderfyniadau gael eu gwneud.",
                        "Pobl 60 oed neu hŷn sy'n byw yn y fwrdeistref.",
                        "Unwaith y mis, dydd Iau cyntaf, 2pm tan 4pm.",
                        "Canolfan Age Concern, 82 Ffordd Mile End",
                        "Llawr gwaelod, heb risiau. Toiled hygyrch. Parcio i ddeiliaid bathodyn glas.",
                        "Dwy awr y mis, a darllen papurau cyn cyfarfodydd.",
                        "Rydym yn talu costau teithio yn ôl.",
                        "Swyddog ymgysylltu pobl hŷn", null),
                MeetingMode.IN_PERSON, "Tower Hamlets", Payment.EXPENSES, false);
        older.addTopics(Topic.HEALTH_AND_WELLBEING, Topic.HOUSING).addClientGroups(ClientGroup.OLDER_PEOPLE)
                .addSupport(Support.TRANSPORT, Support.REFRESHMENTS);

        var board = group("learning-disability-partnership-board",
                GroupText.of("Learning Disability Partnership Board",
                        "A big meeting where people with learning disabilities, carers and services plan and check services together.",
                        "People with learning disabilities, family carers, and people from services.",
                        "Every three months.",
                        "Town Hall, Committee Room 1",
                        "Step-free. Hearing loop. Easy-read papers sent before the meeting.",
                        "Half a day every three months, and a planning meeting before.",
                        "Service user and carer representatives are paid for their time, and their travel.",
                        "Partnership Board coordinator",
                        "Places for representatives are agreed with the Board, so staff look at each request."),
                GroupText.of("Bwrdd Partneriaeth Anabledd Dysgu",
                        "Cyfarfod mawr lle mae pobl ag anabledd dysgu, gofalwyr a gwasanaethau yn cynllunio ac yn gwirio gwasanaethau gyda'i gilydd.",
                        "Pobl ag anabledd dysgu, gofalwyr teulu, a phobl o wasanaethau.",
                        "Bob tri mis.",
                        "Neuadd y Dref, Ystafell Bwyllgor 1",
                        "Heb risiau. Dolen sain. Papurau hawdd eu darllen yn cael eu hanfon cyn y cyfarfod.",
                        "Hanner diwrnod bob tri mis, a chyfarfod cynllunio cyn hynny.",
                        "Mae cynrychiolwyr defnyddwyr gwasanaeth a gofalwyr yn cael eu talu am eu hamser, a'u teithio.",
                        "Cydlynydd y Bwrdd Partneriaeth",
                        "Mae lleoedd i gynrychiolwyr yn cael eu cytuno gyda'r Bwrdd, felly mae staff yn edrych ar bob cais."),
                MeetingMode.IN_PERSON, "Islington", Payment.PAID, true);
        board.addTopics(Topic.INVOLVEMENT, Topic.DAY_OPPORTUNITIES).addClientGroups(ClientGroup.LEARNING_DISABILITY, ClientGroup.CARERS)
                .addSupport(Support.SUPPORT_WORKER, Support.HEARING_LOOP, Support.TRANSPORT, Support.REFRESHMENTS);

        var power = group("power-and-control",
                GroupText.of("Power and Control group",
                        "People with learning disabilities who speak up for service users at the Partnership Board. Meets every week.",
                        "People with learning disabilities who live in Islington.",
                        "Every week, on Wednesday afternoon, 2pm to 4pm.",
                        "Hilldrop Road Community Centre, N7",
                        "Step-free. Quiet room. Support workers welcome.",
                        "Two hours every week.",
                        "We are paid every week for our 2 hour meeting, and for 4 places at the Partnership Board meetings.",
                        "Power and Control support worker",
                        "Four representatives go to each Partnership Board, so staff talk to each person who asks to join."),
                GroupText.of("Grŵp Pŵer a Rheolaeth",
                        "Pobl ag anabledd dysgu sy'n siarad dros ddefnyddwyr gwasanaeth yn y Bwrdd Partneriaeth. Yn cyfarfod bob wythnos.",
                        "Pobl ag anabledd dysgu sy'n byw yn Islington.",
                        "Bob wythnos, ar brynhawn dydd Mercher, 2pm tan 4pm.",
                        "Canolfan Gymunedol Hilldrop Road, N7",
                        "Heb risiau. Ystafell dawel. Croeso i weithwyr cymorth.",
                        "Dwy awr bob wythnos.",
                        "Rydym yn cael ein talu bob wythnos am ein cyfarfod 2 awr, ac am 4 lle yng nghyfarfodydd y Bwrdd Partneriaeth.",
                        "Gweithiwr cymorth Pŵer a Rheolaeth",
                        "Mae pedwar cynrychiolydd yn mynd i bob Bwrdd Partneriaeth, felly mae staff yn siarad â phob person sy'n gofyn i ymuno."),
                MeetingMode.IN_PERSON, "Islington", Payment.PAID, true);
        power.addTopics(Topic.INVOLVEMENT).addClientGroups(ClientGroup.LEARNING_DISABILITY)
                .addSupport(Support.SUPPORT_WORKER, Support.REFRESHMENTS);
        easyRead(power, "en", "people|We are people with learning disabilities.", "speech|We speak up at the Partnership Board.",
                "calendar|We meet every Wednesday afternoon.", "handshake|We are paid for our meetings.");
        easyRead(power, "cy", "people|Rydym yn bobl ag anabledd dysgu.", "speech|Rydym yn siarad yn y Bwrdd Partneriaeth.",
                "calendar|Rydym yn cyfarfod bob prynhawn dydd Mercher.", "handshake|Rydym yn cael ein talu am ein cyfarfodydd.");

        var mobility = group("mobility-forum",
                GroupText.of("Mobility Forum",
                        "Disabled and older people raise problems with getting around: pavements, crossings, transport. Meets three times a year.",
                        "Anyone who is disabled or older and lives in Islington, and anyone who finds it hard to get around.",
                        "Three times a year: a surgery hour from 11am to 12 noon, lunch, then a themed meeting until 3pm.",
                        "Islington Town Hall, Upper Street, N1",
                        "Step-free entrance on Richmond Grove. Hearing loop. Accessible toilets on every floor.",
                        "One day, three times a year.",
                        "The council arranges transport to the forum and home again, and provides lunch.",
                        "Mobility Forum chairs", null),
                GroupText.of("Fforwm Symudedd",
                        "Mae pobl anabl a phobl hŷn yn codi problemau wrth fynd o gwmpas: palmentydd, croesfannau, trafnidiaeth. Yn cyfarfod dair gwaith y flwyddyn.",
                        "Unrhyw un sy'n anabl neu'n hŷn ac yn byw yn Islington, ac unrhyw un sy'n ei chael hi'n anodd mynd o gwmpas.",
                        "Tair gwaith y flwyddyn: awr gymhorthfa o 11am tan 12 hanner dydd, cinio, yna cyfarfod thema tan 3pm.",
                        "Neuadd y Dref Islington, Upper Street, N1",
                        "Mynedfa heb risiau ar Richmond Grove. Dolen sain. Toiledau hygyrch ar bob llawr.",
                        "Un diwrnod, dair gwaith y flwyddyn.",
                        "Mae'r cyngor yn trefnu trafnidiaeth i'r fforwm ac adref eto, ac yn darparu cinio.",
                        "Cadeiryddion y Fforwm Symudedd", null),
                MeetingMode.IN_PERSON, "Islington", Payment.EXPENSES, false);
        mobility.addTopics(Topic.TRANSPORT_AND_MOBILITY).addClientGroups(ClientGroup.PHYSICAL_DISABILITY, ClientGroup.OLDER_PEOPLE,
                ClientGroup.SENSORY_IMPAIRMENT).addSupport(Support.TRANSPORT, Support.BSL, Support.HEARING_LOOP, Support.REFRESHMENTS);

        var directPayments = group("direct-payments-reference-group",
                GroupText.of("Direct Payments Reference Group", "People who use direct payments help shape how they work.",
                        "People who use direct payments, and the carers who help them manage them.",
                        "Every three months, online.", null, null, "One hour every three months.",
                        "Nothing is paid; the meetings are online.", "Direct payments team", null),
                GroupText.of("Grŵp Cyfeirio Taliadau Uniongyrchol", "Mae pobl sy'n defnyddio taliadau uniongyrchol yn helpu i lunio sut maen nhw'n gweithio.",
                        "Pobl sy'n defnyddio taliadau uniongyrchol, a'r gofalwyr sy'n eu helpu i'w rheoli.",
                        "Bob tri mis, ar-lein.", null, null, "Un awr bob tri mis.",
                        "Does dim tâl; mae'r cyfarfodydd ar-lein.", "Tîm taliadau uniongyrchol", null),
                MeetingMode.ONLINE, "Tower Hamlets", Payment.NONE, false);
        directPayments.addTopics(Topic.DIRECT_PAYMENTS).addClientGroups(ClientGroup.EVERYONE);

        var housebound = group("older-persons-housebound-reference-group",
                GroupText.of("Older Persons Housebound Reference Group",
                        "Older people who cannot easily leave home give their views by phone and video call.",
                        "Older people who are housebound, and their carers.",
                        "Every two months, by phone or video call.", null, null,
                        "One hour every two months, from home.", "We pay for the phone call.", "Friends and neighbours service", null),
                GroupText.of("Grŵp Cyfeirio Pobl Hŷn sy'n Gaeth i'r Tŷ",
                        "Mae pobl hŷn sy'n methu gadael y tŷ yn hawdd yn rhoi eu barn dros y ffôn a galwad fideo.",
                        "Pobl hŷn sy'n gaeth i'r tŷ, a'u gofalwyr.",
                        "Bob deufis, dros y ffôn neu alwad fideo.", null, null,
                        "Un awr bob deufis, o'r cartref.", "Rydym yn talu am yr alwad ffôn.", "Gwasanaeth ffrindiau a chymdogion", null),
                MeetingMode.ONLINE, "Tower Hamlets", Payment.EXPENSES, false);
        housebound.addTopics(Topic.HEALTH_AND_WELLBEING).addClientGroups(ClientGroup.OLDER_PEOPLE).addSupport(Support.INTERPRETER);

        var lgbt = group("fifty-plus-lgbt-network",
                GroupText.of("50+ LGBT Network", "Lesbian, gay, bisexual and trans people aged 50 or over shape the services they use.",
                        "LGBT people aged 50 or over.", "Once a month, on a Saturday afternoon.", "Age Concern Centre, 82 Mile End Road",
                        "Step-free. Accessible toilet.", "Two hours a month.", "We pay back travel costs.", "Network coordinator", null),
                GroupText.of("Rhwydwaith LHDT 50+", "Mae pobl lesbiaidd, hoyw, deurywiol a thraws 50 oed neu hŷn yn llunio'r gwasanaethau maen nhw'n eu defnyddio.",
                        "Pobl LHDT 50 oed neu hŷn.", "Unwaith y mis, ar brynhawn dydd Sadwrn.", "Canolfan Age Concern, 82 Ffordd Mile End",
                        "Heb risiau. Toiled hygyrch.", "Dwy awr y mis.", "Rydym yn talu costau teithio yn ôl.", "Cydlynydd y rhwydwaith", null),
                MeetingMode.IN_PERSON, "Tower Hamlets", Payment.EXPENSES, false);
        lgbt.addTopics(Topic.INVOLVEMENT, Topic.HEALTH_AND_WELLBEING).addClientGroups(ClientGroup.OLDER_PEOPLE).addSupport(Support.REFRESHMENTS);

        var wellbeing = group("wellbeing-programme-group",
                GroupText.of("Health, Social Care and Wellbeing Programme Group",
                        "One of the five programme groups that write the action plans of the Health, Social Care and Wellbeing Strategy.",
                        "Service user and carer representatives, with people from statutory and voluntary services.",
                        "Every two months, in person or online.", "Guildhall, Wrexham",
                        "Step-free. Hearing loop. Welsh and English spoken; papers in both.",
                        "Two hours every two months, and reading papers.", "Travel and replacement care are paid.",
                        "Participation and involvement officer",
                        "Each group has a set number of representative places, so staff confirm each request."),
                GroupText.of("Grŵp Rhaglen Iechyd, Gofal Cymdeithasol a Lles",
                        "Un o'r pum grŵp rhaglen sy'n ysgrifennu cynlluniau gweithredu'r Strategaeth Iechyd, Gofal Cymdeithasol a Lles.",
                        "Cynrychiolwyr defnyddwyr gwasanaeth a gofalwyr, gyda phobl o wasanaethau statudol a gwirfoddol.",
                        "Bob deufis, wyneb yn wyneb neu ar-lein.", "Neuadd y Dref, Wrecsam",
                        "Heb risiau. Dolen sain. Siaredir Cymraeg a Saesneg; papurau yn y ddwy iaith.",
                        "Dwy awr bob deufis, a darllen papurau.", "Telir am deithio a gofal yn eich lle.",
                        "Swyddog cyfranogiad a chynnwys",
                        "Mae gan bob grŵp nifer penodol o leoedd i gynrychiolwyr, felly mae staff yn cadarnhau pob cais."),
                MeetingMode.BOTH, "Wrexham", Payment.EXPENSES, true);
        wellbeing.addTopics(Topic.HEALTH_AND_WELLBEING, Topic.INVOLVEMENT).addClientGroups(ClientGroup.EVERYONE)
                .addSupport(Support.HEARING_LOOP, Support.INTERPRETER, Support.TRANSPORT);

        meetings(power, mobility, carers, board);
    }

    private void meetings(InvolvementGroup power, InvolvementGroup mobility, InvolvementGroup carers, InvolvementGroup board) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.LONDON));
        // Power and Control: every Wednesday, 2pm to 4pm
        LocalDate wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        for (int week = 0; week < 4; week++) {
            var m = new Meeting(power, new MeetingText("Weekly meeting", "Planning for the next Partnership Board."),
                    at(wednesday.plusWeeks(week), 14, 0), at(wednesday.plusWeeks(week), 16, 0),
                    "Hilldrop Road Community Centre, N7", null, 16);
            m.putText("cy", new MeetingText("Cyfarfod wythnosol", "Cynllunio ar gyfer y Bwrdd Partneriaeth nesaf."));
            m.replaceSupport(Set.of(Support.SUPPORT_WORKER, Support.REFRESHMENTS));
            em.persist(m);
        }
        // Mobility Forum: a surgery hour at 11, lunch, a themed meeting, home at 3pm
        LocalDate forumDay = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var forum = new Meeting(mobility, new MeetingText("Surgery hour, then a themed meeting: pavements and crossings",
                "11am surgery hour: bring any problem getting around your area; council and TfL officers answer. 12 noon lunch. "
                        + "1pm themed meeting on pavements and crossings. 3pm home (transport arranged)."),
                at(forumDay, 11, 0), at(forumDay, 15, 0), "Islington Town Hall, Upper Street, N1", null, 60);
        forum.putText("cy", new MeetingText("Awr gymhorthfa, yna cyfarfod thema: palmentydd a chroesfannau",
                "11am awr gymhorthfa: dewch ag unrhyw broblem wrth fynd o gwmpas eich ardal; mae swyddogion y cyngor a TfL yn ateb. "
                        + "12 hanner dydd cinio. 1pm cyfarfod thema ar balmentydd a chroesfannau. 3pm adref (trafnidiaeth wedi'i threfnu)."));
        forum.replaceSupport(Set.of(Support.TRANSPORT, Support.BSL, Support.HEARING_LOOP, Support.REFRESHMENTS));
        em.persist(forum);
        // the last Mobility Forum, four months ago, with its minutes
        LocalDate lastForum = today.minusMonths(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var past = new Meeting(mobility, new MeetingText("Surgery hour, then a themed meeting: taxicards and Freedom Passes", null),
                at(lastForum, 11, 0), at(lastForum, 15, 0), "Islington Town Hall, Upper Street, N1", null, 60);
        past.putText("cy", new MeetingText("Awr gymhorthfa, yna cyfarfod thema: cardiau tacsi a Thocynnau Rhyddid", null));
        past.publishMinutes("en", "<h2>Surgery hour</h2><p>Eleven people raised problems: broken paving on Holloway Road and a crossing"
                + " that changes too fast at Highbury Corner. Officers will report back at the next forum.</p>"
                + "<h2>Themed meeting: taxicards and Freedom Passes</h2><ul><li>Taxicard trips will not be cut this year.</li>"
                + "<li>Freedom Pass renewals can be done by post as well as online.</li></ul>",
                "<p>11 people told us about problems.</p><p>Taxicard trips will not be cut this year.</p>", at(lastForum, 16, 0));
        past.publishMinutes("cy", "<h2>Awr gymhorthfa</h2><p>Cododd un ar ddeg o bobl broblemau: palmant wedi torri ar Holloway Road a"
                + " chroesfan sy'n newid yn rhy gyflym yn Highbury Corner. Bydd swyddogion yn adrodd yn ôl yn y fforwm nesaf.</p>"
                + "<h2>Cyfarfod thema: cardiau tacsi a Thocynnau Rhyddid</h2><ul><li>Ni fydd teithiau cerdyn tacsi yn cael eu torri eleni.</li>"
                + "<li>Gellir adnewyddu Tocyn Rhyddid drwy'r post yn ogystal ag ar-lein.</li></ul>", null, at(lastForum, 16, 0));
        em.persist(past);
        // Carers Forum: nearly full (11 of 12 places taken)
        LocalDate tuesday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var carersMeeting = new Meeting(carers, new MeetingText("Carers Forum: short breaks", "What would make short breaks work for you?"),
                at(tuesday, 10, 0), at(tuesday, 12, 0), "Carers Centre, 2 Market Street", "https://meet.example.gov.uk/carers-forum", 12);
        carersMeeting.putText("cy", new MeetingText("Fforwm Gofalwyr: seibiannau byr", "Beth fyddai'n gwneud i seibiannau byr weithio i chi?"));
        carersMeeting.replaceSupport(Set.of(Support.HEARING_LOOP, Support.INTERPRETER, Support.REFRESHMENTS));
        Instant now = clock.instant();
        for (int i = 0; i < 11; i++) {
            var resident = new Resident("carer-" + (i + 1) + "@example.org", UNUSABLE_PASSWORD, i % 3 == 0 ? "cy" : "en", now);
            resident.markVerified(now);
            em.persist(resident);
            em.flush();
            var needs = i % 4 == 0 ? Set.of(Support.HEARING_LOOP) : i % 5 == 1 ? Set.of(Support.INTERPRETER) : Set.<Support>of();
            carersMeeting.register(resident.getId(), needs, i == 3 ? "I will bring the person I care for." : null, now);
        }
        em.persist(carersMeeting);
        // Learning Disability Partnership Board: next quarter
        LocalDate boardDay = today.plusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        var boardMeeting = new Meeting(board, new MeetingText("Partnership Board", "Housing, health and jobs: what has changed."),
                at(boardDay, 10, 0), at(boardDay, 13, 0), "Town Hall, Committee Room 1", null, 40);
        boardMeeting.putText("cy", new MeetingText("Bwrdd Partneriaeth", "Tai, iechyd a swyddi: beth sydd wedi newid."));
        boardMeeting.replaceSupport(Set.of(Support.SUPPORT_WORKER, Support.HEARING_LOOP, Support.TRANSPORT, Support.REFRESHMENTS));
        em.persist(boardMeeting);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ClockProducer.LONDON).toInstant();
    }

    private InvolvementGroup group(String slug, GroupText english, GroupText welsh, MeetingMode mode, String area,
                                   Payment payment, boolean approval) {
        var group = new InvolvementGroup(slug, english).arrange(mode, area, payment, approval, "involve@example.gov.uk", "020 7946 0000");
        group.putText("cy", welsh);
        em.persist(group);
        return group;
    }

    private static void easyRead(InvolvementGroup group, String language, String... ideas) {
        for (String idea : ideas) {
            String[] parts = idea.split("\\|", 2);
            group.addEasyReadIdea(new EasyReadIdea(language, parts[1], parts[0], ""));
        }
    }
}
