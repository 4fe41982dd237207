package org.involveportal.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionText;
import org.involveportal.consultation.QuestionType;
import org.involveportal.consultation.ResponseWindow;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.glossary.GlossaryTerm;
import org.involveportal.glossary.GlossaryText;
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

    @Inject
    private org.involveportal.report.ReportService reports;

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
        // Islington's draft involvement strategy and its five involvement standards.
        var strategy = new Consultation("draft-involvement-strategy",
                new ConsultationText("Our draft involvement strategy",
                        "How should we involve people who use social care, and their carers, in planning"
                                + " and checking services? Tell us what you think of our draft strategy.")
                        .withProposal("""
                                <p>The strategy sets five standards for how we involve people.</p>
                                <ol>
                                <li>Make sure decisions and services are developed in partnership with the people who use them.</li>
                                <li>Ask people about the different ways they want to get involved, and tell them how their involvement has influenced decisions.</li>
                                <li>Work with community and voluntary groups and other local groups to involve local people.</li>
                                <li>Always think about how we can reach people who are not part of groups or who do not usually get involved.</li>
                                <li>Find ways to show how much we appreciate the time and effort local people give in getting involved.</li>
                                </ol>
                                <p>We will allow 12 weeks for written consultations, and explain why when that is not possible.</p>""")
                        .withWhatCanChange("The standards themselves, how we reach people who do not usually get involved,"
                                        + " and how we tell you what changed.",
                                "The law says we must consult on big changes to services; that will not change."),
                window(opening(-3), closing(9)));
        strategy.putText("cy", new ConsultationText("Ein strategaeth cynnwys ddrafft",
                "Sut dylem ni gynnwys pobl sy'n defnyddio gofal cymdeithasol, a'u gofalwyr, wrth gynllunio"
                        + " a gwirio gwasanaethau? Dywedwch wrthym beth yw eich barn am ein strategaeth ddrafft.")
                .withProposal("""
                        <p>Mae'r strategaeth yn gosod pum safon ar gyfer sut rydym yn cynnwys pobl.</p>
                        <ol>
                        <li>Sicrhau bod penderfyniadau a gwasanaethau'n cael eu datblygu mewn partneriaeth â'r bobl sy'n eu defnyddio.</li>
                        <li>Gofyn i bobl sut maen nhw eisiau cymryd rhan, a dweud wrthyn nhw sut mae eu cyfraniad wedi dylanwadu ar benderfyniadau.</li>
                        <li>Gweithio gyda grwpiau cymunedol a gwirfoddol a grwpiau lleol eraill i gynnwys pobl leol.</li>
                        <li>Meddwl bob amser sut i gyrraedd pobl nad ydynt yn rhan o grwpiau neu nad ydynt fel arfer yn cymryd rhan.</li>
                        <li>Dod o hyd i ffyrdd o ddangos faint rydym yn gwerthfawrogi'r amser a'r ymdrech y mae pobl leol yn eu rhoi.</li>
                        </ol>
                        <p>Byddwn yn caniatáu 12 wythnos ar gyfer ymgynghoriadau ysgrifenedig, ac yn esbonio pam pan nad yw hynny'n bosibl.</p>""")
                .withWhatCanChange("Y safonau eu hunain, sut rydym yn cyrraedd pobl nad ydynt fel arfer yn cymryd rhan,"
                                + " a sut rydym yn dweud wrthych beth newidiodd.",
                        "Mae'r gyfraith yn dweud bod rhaid i ni ymgynghori ar newidiadau mawr i wasanaethau; ni fydd hynny'n newid."));
        strategy.addTopics(Topic.INVOLVEMENT);
        strategy.addClientGroups(ClientGroup.EVERYONE, ClientGroup.CARERS);
        strategy.addEasyReadIdea(new EasyReadIdea("en", "We want to hear from people who use care services.", "people",
                "Two people"));
        strategy.addEasyReadIdea(new EasyReadIdea("en", "We wrote a plan about how we listen to you.", "memo",
                "A notepad and pencil"));
        strategy.addEasyReadIdea(new EasyReadIdea("en", "Tell us what you think of the plan.", "speech", "A speech bubble"));
        strategy.addEasyReadIdea(new EasyReadIdea("en", "We will tell you what we changed.", "megaphone", "A megaphone"));
        strategy.addEasyReadIdea(new EasyReadIdea("cy", "Rydym eisiau clywed gan bobl sy'n defnyddio gwasanaethau gofal.",
                "people", "Dau berson"));
        strategy.addEasyReadIdea(new EasyReadIdea("cy", "Rydym wedi ysgrifennu cynllun am sut rydym yn gwrando arnoch chi.",
                "memo", "Llyfr nodiadau a phensil"));
        strategy.addEasyReadIdea(new EasyReadIdea("cy", "Dywedwch wrthym beth yw eich barn am y cynllun.", "speech",
                "Swigen siarad"));
        strategy.addEasyReadIdea(new EasyReadIdea("cy", "Byddwn yn dweud wrthych beth wnaethon ni ei newid.", "megaphone",
                "Megaffon"));
        addStrategyQuestions(strategy);
        // changes no service: its trail shows the assessment as not needed, and the steps after closing as not yet
        strategy.recordImpactAssessment(false, "Director of Adult Social Care", null, java.util.Map.of(), null,
                strategy.getWindow().opensAt().minus(java.time.Duration.ofDays(8)));
        strategy.publish(strategy.getWindow().opensAt().minus(java.time.Duration.ofDays(7)));
        em.persist(strategy);

        var carersBreaks = new Consultation("carers-short-breaks",
                new ConsultationText("Short breaks for carers",
                        "We want to change how carers book a short break. Tell us what works for you.")
                        .withShorterPeriodReason("The new booking system must be chosen by the end of March, when the"
                                + " current contract ends. We are giving as much time as we can.")
                        .withWhatCanChange("How you book a break, how much notice you need to give, and what help you get to book.",
                                "The budget for short breaks this year."),
                window(opening(-1), closing(7)));
        carersBreaks.putText("cy", new ConsultationText("Seibiannau byr i ofalwyr",
                "Rydym ni eisiau newid sut mae gofalwyr yn trefnu seibiant byr. Dywedwch wrthym beth sy'n gweithio i chi.")
                .withShorterPeriodReason("Rhaid dewis y system archebu newydd erbyn diwedd mis Mawrth, pan ddaw'r"
                        + " contract presennol i ben. Rydym yn rhoi cymaint o amser ag y gallwn.")
                .withWhatCanChange("Sut rydych yn trefnu seibiant, faint o rybudd sydd ei angen, a pha help a gewch i drefnu.",
                        "Y gyllideb ar gyfer seibiannau byr eleni."));
        // written in Urdu, Bengali and Arabic too, as a council with many such speakers would
        carersBreaks.putText("ur", new ConsultationText("دیکھ بھال کرنے والوں کے لیے مختصر وقفے",
                "ہم یہ بدلنا چاہتے ہیں کہ دیکھ بھال کرنے والے مختصر وقفہ کیسے بُک کرتے ہیں۔ ہمیں بتائیں کہ آپ کے لیے کیا بہتر ہے۔")
                .withShorterPeriodReason("نیا بکنگ نظام مارچ کے آخر تک چننا ضروری ہے، جب موجودہ معاہدہ ختم ہو رہا ہے۔"
                        + " ہم جتنا وقت دے سکتے ہیں، دے رہے ہیں۔")
                .withWhatCanChange("آپ وقفہ کیسے بُک کرتے ہیں، آپ کو کتنا پہلے بتانا ہوتا ہے، اور بُکنگ میں آپ کو کیا مدد ملتی ہے۔",
                        "اس سال مختصر وقفوں کا بجٹ۔"));
        carersBreaks.putText("bn", new ConsultationText("কেয়ারারদের জন্য স্বল্প বিরতি",
                "কেয়ারাররা কীভাবে স্বল্প বিরতি বুক করেন, আমরা তা বদলাতে চাই। আপনার জন্য কোনটা ভালো কাজ করে, আমাদের বলুন।")
                .withShorterPeriodReason("মার্চের শেষে বর্তমান চুক্তি শেষ হবে, তার আগেই নতুন বুকিং ব্যবস্থা বেছে নিতে হবে।"
                        + " আমরা যতটা পারি সময় দিচ্ছি।")
                .withWhatCanChange("আপনি কীভাবে বিরতি বুক করেন, কত আগে জানাতে হয়, এবং বুক করতে কী সাহায্য পান।",
                        "এ বছরের স্বল্প বিরতির বাজেট।"));
        carersBreaks.putText("ar", new ConsultationText("استراحات قصيرة لمقدمي الرعاية",
                "نريد أن نغيّر طريقة حجز مقدمي الرعاية لاستراحة قصيرة. أخبرنا بما يناسبك.")
                .withShorterPeriodReason("يجب اختيار نظام الحجز الجديد بحلول نهاية مارس، عندما ينتهي العقد الحالي."
                        + " نحن نعطي أكبر قدر ممكن من الوقت.")
                .withWhatCanChange("طريقة حجز الاستراحة، ومدة الإشعار المسبق المطلوبة، والمساعدة التي تحصل عليها للحجز.",
                        "ميزانية الاستراحات القصيرة لهذا العام."));
        addShortBreaksQuestions(carersBreaks);
        carersBreaks.addTopics(Topic.CARERS_SUPPORT);
        carersBreaks.addClientGroups(ClientGroup.CARERS);
        // who assessed it is a name in English only: left out here, where the page is read in four other languages
        carersBreaks.recordImpactAssessment(true, "Head of Commissioning", null, java.util.Map.of(
                "en", "Most carers who book short breaks are women over 50, and many care for someone with dementia. Booking online"
                        + " only would disadvantage carers without internet access, so phone and paper booking stay.",
                "cy", "Menywod dros 50 oed yw'r rhan fwyaf o'r gofalwyr sy'n trefnu seibiant byr, ac mae llawer yn gofalu am rywun"
                        + " â dementia. Byddai trefnu ar-lein yn unig yn rhoi gofalwyr heb y rhyngrwyd o dan anfantais, felly mae"
                        + " trefnu dros y ffôn ac ar bapur yn aros.",
                // the languages this consultation is written in have its assessment's summary too
                "pl", "Większość opiekunów rezerwujących krótkie przerwy to kobiety po pięćdziesiątce, a wiele z nich opiekuje się"
                        + " osobą z demencją. Rezerwacja tylko przez internet postawiłaby w gorszej sytuacji opiekunów bez dostępu do"
                        + " internetu, dlatego rezerwacja telefoniczna i papierowa zostaje.",
                "bn", "স্বল্প বিরতি বুক করেন এমন বেশিরভাগ কেয়ারার ৫০ বছরের বেশি বয়সী নারী, এবং অনেকে ডিমেনশিয়ায় আক্রান্ত কারও দেখাশোনা"
                        + " করেন। শুধু অনলাইনে বুকিং হলে ইন্টারনেট নেই এমন কেয়ারাররা পিছিয়ে পড়বেন, তাই ফোনে ও কাগজে বুকিং থাকছে।",
                "ur", "مختصر وقفہ بک کرنے والے زیادہ تر دیکھ بھال کرنے والے ۵۰ سال سے زیادہ عمر کی خواتین ہیں، اور بہت سی ڈیمنشیا والے"
                        + " کسی فرد کی دیکھ بھال کرتی ہیں۔ صرف آن لائن بکنگ سے انٹرنیٹ کے بغیر دیکھ بھال کرنے والے پیچھے رہ جائیں گے، اس"
                        + " لیے فون اور کاغذ پر بکنگ جاری رہے گی۔",
                "ar", "معظم مقدمي الرعاية الذين يحجزون استراحات قصيرة نساء فوق الخمسين، وكثيرات منهن يرعين شخصًا مصابًا بالخرف."
                        + " الحجز عبر الإنترنت وحده سيضر بمقدمي الرعاية الذين لا يملكون إنترنت، لذلك يبقى الحجز بالهاتف وعلى الورق."),
                "https://www.example.gov.uk/equality-impact-assessments/carers-short-breaks.pdf",
                carersBreaks.getWindow().opensAt().minus(java.time.Duration.ofDays(14)));
        carersBreaks.publish(carersBreaks.getWindow().opensAt().minus(java.time.Duration.ofDays(7)));
        em.persist(carersBreaks);

        var transport = new Consultation("accessible-transport",
                new ConsultationText("Getting around: accessible transport",
                        "Taxicards, freedom passes, pavements and crossings: what makes it hard to get around?"),
                window(opening(2), closing(14)));
        transport.putText("cy", new ConsultationText("Mynd o gwmpas: trafnidiaeth hygyrch",
                "Cardiau tacsi, tocynnau teithio, palmentydd a chroesfannau: beth sy'n ei gwneud hi'n anodd mynd o gwmpas?"));
        transport.addTopics(Topic.TRANSPORT_AND_MOBILITY);
        transport.addClientGroups(ClientGroup.OLDER_PEOPLE, ClientGroup.PHYSICAL_DISABILITY, ClientGroup.SENSORY_IMPAIRMENT);
        transport.publish(transport.getWindow().opensAt().minus(java.time.Duration.ofDays(7)));
        em.persist(transport);

        var dayServices = new Consultation("day-opportunities-review",
                new ConsultationText("Day opportunities for older people",
                        "We asked what older people want from day centres and clubs."),
                window(opening(-16), closing(-4)));
        dayServices.putText("cy", new ConsultationText("Cyfleoedd dydd i bobl hŷn",
                "Gofynnon ni beth mae pobl hŷn eisiau gan ganolfannau dydd a chlybiau."));
        dayServices.addTopics(Topic.DAY_OPPORTUNITIES);
        dayServices.addClientGroups(ClientGroup.OLDER_PEOPLE);
        dayServices.recordImpactAssessment(true, "Director of Adult Social Care", "Equality and Diversity Team", java.util.Map.of(
                "en", "Day centres are used most by people over 75 and by disabled people. Changing opening hours affects them and"
                        + " their carers; transport is the biggest barrier, so any change keeps transport to the centres.",
                "cy", "Pobl dros 75 oed a phobl anabl sy'n defnyddio canolfannau dydd fwyaf. Mae newid yr oriau agor yn effeithio"
                        + " arnyn nhw a'u gofalwyr; trafnidiaeth yw'r rhwystr mwyaf, felly mae unrhyw newid yn cadw trafnidiaeth i'r"
                        + " canolfannau."),
                "https://www.example.gov.uk/equality-impact-assessments/day-opportunities.pdf",
                dayServices.getWindow().opensAt().minus(java.time.Duration.ofDays(14)));
        dayServices.publish(dayServices.getWindow().opensAt().minus(java.time.Duration.ofDays(7)));
        em.persist(dayServices);
        em.flush();
        publishDayServicesFeedback(dayServices);
        recordDayServicesDecision(dayServices);
    }

    /** The analysis of the day-opportunities review a week after it closed, and Cabinet's decision a week later. */
    private void recordDayServicesDecision(Consultation dayServices) {
        var lastDay = dayServices.getWindow().closingDay();
        var decision = new org.involveportal.decision.ConsultationDecision(dayServices.getId(), clock.instant());
        decision.recordAnalysis(dayServices, lastDay.plusDays(7),
                "https://www.example.gov.uk/consultations/day-opportunities-review/analysis.pdf", "Adult Social Care Engagement Team",
                clock.instant());
        var decided = lastDay.plusDays(14);
        decision.recordDecision(dayServices, "Cabinet", decided, "Cabinet meeting of "
                        + decided.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)),
                "https://www.example.gov.uk/council/cabinet/minutes-" + decided + ".pdf", java.util.Map.of(
                        "en", "Cabinet agreed to keep both day centres open, to open two of them until 6pm on weekdays, and to run a"
                                + " community bus to both. Weekend opening will be looked at again when the budget is set in April.",
                        "cy", "Cytunodd y Cabinet i gadw'r ddwy ganolfan ddydd ar agor, i agor dwy ohonynt tan 6pm yn ystod yr"
                                + " wythnos, ac i redeg bws cymunedol i'r ddwy. Bydd agor ar benwythnosau yn cael ei ystyried eto pan"
                                + " fydd y gyllideb yn cael ei phennu ym mis Ebrill."),
                clock.instant());
        em.persist(decision);
    }

    /** "You said, we did" for the closed day-opportunities review, three weeks after it closed. */
    private void publishDayServicesFeedback(Consultation dayServices) {
        var published = dayServices.getWindow().closesAt().plus(java.time.Duration.ofDays(21));
        var feedback = new org.involveportal.feedback.FeedbackReport(dayServices.getId(), published);
        feedback.putText("en", new org.involveportal.feedback.FeedbackText(
                "412 people took part: 301 online, 86 on paper and 25 at the Older Persons Reference Group meeting.",
                "<p>You told us day centres close too early, and that getting there is the hardest part.</p>",
                "<ul><li>Two day centres now stay open until 6pm on weekdays.</li><li>A community bus now calls at both centres.</li></ul>",
                "<p>We could not open at weekends this year: there is no budget for weekend staff until April.</p>",
                "<p>The Older Persons Reference Group will check the new hours with us in the spring.</p>"), published);
        feedback.putText("cy", new org.involveportal.feedback.FeedbackText(
                "Cymerodd 412 o bobl ran: 301 ar-lein, 86 ar bapur a 25 yng nghyfarfod Grŵp Cyfeirio Pobl Hŷn.",
                "<p>Dywedoch wrthym fod canolfannau dydd yn cau yn rhy gynnar, a mai cyrraedd yno yw'r rhan anoddaf.</p>",
                "<ul><li>Mae dwy ganolfan ddydd bellach ar agor tan 6pm yn ystod yr wythnos.</li><li>Mae bws cymunedol bellach yn galw yn y ddwy ganolfan.</li></ul>",
                "<p>Nid oeddem yn gallu agor ar benwythnosau eleni: nid oes cyllideb ar gyfer staff penwythnos tan fis Ebrill.</p>",
                "<p>Bydd y Grŵp Cyfeirio Pobl Hŷn yn gwirio'r oriau newydd gyda ni yn y gwanwyn.</p>"), published);
        feedback.replaceEasyRead("en", List.of(
                new EasyReadIdea("en", "You said day centres close too early.", "speech", "A speech bubble"),
                new EasyReadIdea("en", "Two day centres now stay open until 6pm.", "calendar", "A calendar"),
                new EasyReadIdea("en", "A bus now goes to both centres.", "accessible", "The accessible symbol")));
        em.persist(feedback);
        feedback.publish(dayServices, false, published);
    }

    private static void addStrategyQuestions(Consultation strategy) {
        var agree = new Question(QuestionType.SINGLE_CHOICE, 1, true,
                new QuestionText("Do you agree with our five involvement standards?", null))
                .withOption("Yes").withOption("Partly").withOption("No").withOption("Not sure");
        agree.putText("cy", new QuestionText("Ydych chi'n cytuno â'n pum safon cynnwys?", null));
        agree.putOptionLabel(1, "cy", "Ydw");
        agree.putOptionLabel(2, "cy", "Yn rhannol");
        agree.putOptionLabel(3, "cy", "Nac ydw");
        agree.putOptionLabel(4, "cy", "Ddim yn siŵr");
        strategy.addQuestion(agree);

        var ways = new Question(QuestionType.MULTIPLE_CHOICE, 1, false,
                new QuestionText("How would you like to get involved?", "Choose all that apply."))
                .withOption("Be kept informed").withOption("Give my views").withOption("Work with you on a project")
                .withOption("Lead or help run a group");
        ways.putText("cy", new QuestionText("Sut hoffech chi gymryd rhan?", "Dewiswch bob un sy'n berthnasol."));
        ways.putOptionLabel(1, "cy", "Cael gwybod");
        ways.putOptionLabel(2, "cy", "Rhoi fy marn");
        ways.putOptionLabel(3, "cy", "Gweithio gyda chi ar brosiect");
        ways.putOptionLabel(4, "cy", "Arwain neu helpu i redeg grŵp");
        strategy.addQuestion(ways);

        var priorities = new Question(QuestionType.RANKING, 2, false,
                new QuestionText("Put these in order of importance to you", "1 is the most important."))
                .withOption("Reaching people who do not usually get involved")
                .withOption("Telling people what changed")
                .withOption("Paying expenses for taking part");
        priorities.putText("cy", new QuestionText("Rhowch y rhain yn nhrefn pwysigrwydd i chi", "1 yw'r pwysicaf."));
        priorities.putOptionLabel(1, "cy", "Cyrraedd pobl nad ydynt fel arfer yn cymryd rhan");
        priorities.putOptionLabel(2, "cy", "Dweud wrth bobl beth newidiodd");
        priorities.putOptionLabel(3, "cy", "Talu costau am gymryd rhan");
        strategy.addQuestion(priorities);

        var toldWhatChanged = new Question(QuestionType.RATING, 2, false,
                new QuestionText("How well do we tell you what changed after you have had your say?", null));
        toldWhatChanged.putText("cy", new QuestionText("Pa mor dda rydym yn dweud wrthych beth newidiodd ar ôl i chi ddweud eich dweud?", null));
        strategy.addQuestion(toldWhatChanged);

        var anythingElse = new Question(QuestionType.FREE_TEXT, 2, false,
                new QuestionText("Is there anything else you want to tell us?", null)).withMaxLength(1200);
        anythingElse.putText("cy", new QuestionText("Oes unrhyw beth arall rydych chi eisiau ei ddweud wrthym?", null));
        strategy.addQuestion(anythingElse);
    }

    /** An open consultation has questions to answer: booking, notice and help, as the summary promises. */
    private static void addShortBreaksQuestions(Consultation carersBreaks) {
        var booking = new Question(QuestionType.SINGLE_CHOICE, 1, true,
                new QuestionText("How would you like to book a short break?", null))
                .withOption("Online").withOption("By phone").withOption("In person").withOption("Someone books it for me");
        booking.putText("cy", new QuestionText("Sut hoffech chi drefnu seibiant byr?", null));
        booking.putOptionLabel(1, "cy", "Ar-lein");
        booking.putOptionLabel(2, "cy", "Dros y ffôn");
        booking.putOptionLabel(3, "cy", "Wyneb yn wyneb");
        booking.putOptionLabel(4, "cy", "Mae rhywun yn ei drefnu i mi");
        translate(booking, "ur", "آپ مختصر وقفہ کیسے بُک کرنا چاہیں گے؟", "آن لائن", "فون پر", "خود آ کر", "کوئی اور میرے لیے بُک کرتا ہے");
        translate(booking, "bn", "আপনি কীভাবে স্বল্প বিরতি বুক করতে চান?", "অনলাইনে", "ফোনে", "সরাসরি গিয়ে", "অন্য কেউ আমার হয়ে বুক করেন");
        translate(booking, "ar", "كيف تحب أن تحجز استراحة قصيرة؟", "عبر الإنترنت", "بالهاتف", "شخصيًا", "شخص آخر يحجزها لي");
        carersBreaks.addQuestion(booking);

        var notice = new Question(QuestionType.SINGLE_CHOICE, 1, false,
                new QuestionText("How much notice can you usually give?", null))
                .withOption("Less than a week").withOption("One to four weeks").withOption("More than four weeks");
        notice.putText("cy", new QuestionText("Faint o rybudd y gallwch ei roi fel arfer?", null));
        notice.putOptionLabel(1, "cy", "Llai nag wythnos");
        notice.putOptionLabel(2, "cy", "Un i bedair wythnos");
        notice.putOptionLabel(3, "cy", "Mwy na phedair wythnos");
        translate(notice, "ur", "آپ عام طور پر کتنا پہلے بتا سکتے ہیں؟", "ایک ہفتے سے کم", "ایک سے چار ہفتے", "چار ہفتوں سے زیادہ");
        translate(notice, "bn", "আপনি সাধারণত কত আগে জানাতে পারেন?", "এক সপ্তাহের কম", "এক থেকে চার সপ্তাহ", "চার সপ্তাহের বেশি");
        translate(notice, "ar", "كم من الوقت يمكنك عادةً أن تُعلمنا مسبقًا؟", "أقل من أسبوع", "من أسبوع إلى أربعة أسابيع", "أكثر من أربعة أسابيع");
        carersBreaks.addQuestion(notice);

        var help = new Question(QuestionType.FREE_TEXT, 1, false,
                new QuestionText("What help would make booking a break easier for you?", null)).withMaxLength(1200);
        help.putText("cy", new QuestionText("Pa help fyddai'n ei gwneud yn haws i chi drefnu seibiant?", null));
        translate(help, "ur", "کون سی مدد آپ کے لیے وقفہ بُک کرنا آسان بنائے گی؟");
        translate(help, "bn", "কোন সাহায্য পেলে বিরতি বুক করা আপনার জন্য সহজ হবে?");
        translate(help, "ar", "ما المساعدة التي تجعل حجز الاستراحة أسهل لك؟");
        carersBreaks.addQuestion(help);
    }

    /** A question's words in one more language: the question, then its options in order. */
    private static void translate(Question question, String language, String text, String... options) {
        question.putText(language, new QuestionText(text, null));
        for (int i = 0; i < options.length; i++) {
            question.putOptionLabel(i + 1, language, options[i]);
        }
    }

    private void loadGroups() {
        new ForumDemoData(em, clock).load();
        new ActivityDemoData(em, clock).load();
        new ExpenseDemoData(em, clock).load();
        new TrainingDemoData(em, clock).load();
        new ReportDemoData(em, clock, reports).load();
        new ActionPlanDemoData(em, clock).load();
        loadGlossary();
    }

    /** A word from the councils' documents that the demo groups use, so their pages link it to the glossary. */
    private void loadGlossary() {
        var directPayment = new GlossaryTerm("direct-payment", new GlossaryText("Direct payment", "direct payments",
                "Money from the council that you use to arrange your own care and support, instead of the council arranging it."));
        directPayment.putText("cy", new GlossaryText("Taliad uniongyrchol", "taliadau uniongyrchol",
                "Arian gan y cyngor rydych chi'n ei ddefnyddio i drefnu eich gofal a'ch cymorth eich hun, yn lle bod y cyngor yn ei drefnu."));
        em.persist(directPayment);
    }

    private static ResponseWindow window(Instant opens, Instant closes) {
        return new ResponseWindow(opens, closes);
    }

    /** Midnight in London at the start of the day so many weeks from the first start. */
    private Instant opening(int weeks) {
        return londonDay(weeks).atStartOfDay(ClockProducer.LONDON).toInstant();
    }

    /** 11:59pm in London on the day so many weeks from the first start, as councils close them. */
    private Instant closing(int weeks) {
        return londonDay(weeks).atTime(23, 59).atZone(ClockProducer.LONDON).toInstant();
    }

    private java.time.LocalDate londonDay(int weeks) {
        return java.time.LocalDate.now(clock.withZone(ClockProducer.LONDON)).plusWeeks(weeks);
    }
}
