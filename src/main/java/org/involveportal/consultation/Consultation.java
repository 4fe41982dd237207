package org.involveportal.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.involveportal.partner.PartnerOrganisation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.ExplainedWords;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;

/**
 * A question put to residents for a fixed response window, with its words in each language (English
 * required). The rules live here, so no screen can bypass them: a window under twelve weeks needs a
 * published reason, and the status follows from the window and the clock.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends TranslatedContent<ConsultationText> {

    /** The rule broken by publishing easy read with advice on it and no reason to publish it as it is. */
    public static final String EASY_READ_UNCHECKED = "consultation.rule.easyReadUnchecked";


    public static final String WELSH = "cy";

    /** The rule broken by publishing a proposal that changes a service without its equality impact assessment. */
    public static final String IMPACT_ASSESSMENT_NEEDED = "consultation.rule.impactAssessmentNeeded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Embedded
    private ResponseWindow window;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** How a published window was changed, if it was; the reason is in each language's words. */
    public enum WindowChange { EXTENDED, CLOSED_EARLY, WITHDRAWN }

    @Enumerated(EnumType.STRING)
    @Column(name = "window_change", length = 20)
    private WindowChange windowChange;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;


    @Column(name = "feedback_published_at")
    private Instant feedbackPublishedAt;

    @Column(name = "changes_service", nullable = false)
    private boolean changesService;

    @Column(name = "proposed_by", length = 200)
    private String proposedBy;

    @Column(name = "eia_by", length = 200)
    private String impactAssessedBy;

    @Column(name = "eia_document", length = 500)
    private String impactAssessmentDocument;

    @Column(name = "eia_recorded_at")
    private Instant impactAssessmentRecordedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_eia_summary", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 16)
    @Column(name = "summary", length = 4000)
    private Map<String, String> impactAssessmentSummaries = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, ConsultationText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_topic", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "topic", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_client_group", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "client_group", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<ClientGroup> clientGroups = EnumSet.noneOf(ClientGroup.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_easy_read_idea", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<EasyReadIdea> easyReadIdeas = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_document", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<ConsultationDocument> documents = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    /** The partner organisation running it with the council, if one is named. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    private PartnerOrganisation partner;

    protected Consultation() {
        // for JPA
    }

    @Override
    protected Map<String, ConsultationText> texts() {
        return texts;
    }

    @Override
    protected List<EasyReadIdea> easyReadIdeas() {
        return easyReadIdeas;
    }

    /** A consultation with its English words; its window is checked against the rules. */
    public Consultation(String slug, ConsultationText english, ResponseWindow window) {
        this.slug = slug;
        this.texts.put(ENGLISH, english);
        schedule(window);
    }

    /**
     * Sets the response window. Under twelve weeks the English text must already give the reason,
     * which is published on the consultation page.
     */
    public final void schedule(ResponseWindow newWindow) {
        if (newWindow.isShorterThanStandard() && !texts.get(ENGLISH).hasShorterPeriodReason()) {
            throw new ConsultationRuleViolation("consultation.rule.shorterPeriodNeedsReason");
        }
        this.window = newWindow;
    }

    /** Makes the consultation public where the Welsh Language Standards do not apply. */
    public void publish(Instant now) {
        publish(now, false);
    }

    /**
     * Makes the consultation public. The window is checked again against the rules, so a reason
     * removed after scheduling cannot slip through; English needs a title and a summary. Under the
     * Welsh Language Standards everything written in English must be written in Welsh too (else
     * {@link WelshIncomplete} says what is missing), and the question on effects on Welsh is added.
     */
    public void publish(Instant now, boolean welshLanguageStandards) {
        publish(now, welshLanguageStandards, null);
    }

    /**
     * As {@link #publish(Instant, boolean)}; and where the easy-read checks have advice on any idea (long
     * sentences, acronyms, jargon), the publisher confirms it goes out as it is with a reason, else
     * {@link #EASY_READ_UNCHECKED}: easy read that is not easy must be a decision, not an oversight.
     */
    public void publish(Instant now, boolean welshLanguageStandards, String easyReadReason) {
        publish(now, welshLanguageStandards, easyReadReason, ExplainedWords.NONE);
    }

    /** As {@link #publish(Instant, boolean, String)}, where hard words the glossary explains need no reason. */
    public void publish(Instant now, boolean welshLanguageStandards, String easyReadReason, ExplainedWords glossary) {
        var english = texts.get(ENGLISH);
        if (english == null || english.getTitle() == null || english.getTitle().isBlank()
                || english.getSummary() == null || english.getSummary().isBlank()) {
            throw new ConsultationRuleViolation("consultation.rule.englishNeeded");
        }
        if (!easyReadAdvice(glossary).isEmpty() && (easyReadReason == null || easyReadReason.isBlank())) {
            throw new ConsultationRuleViolation(EASY_READ_UNCHECKED);
        }
        if (needsImpactAssessment()) {
            throw new ConsultationRuleViolation(IMPACT_ASSESSMENT_NEEDED);
        }
        schedule(window);
        if (welshLanguageStandards) {
            var missing = missingWelsh();
            if (!missing.isEmpty()) {
                throw new WelshIncomplete(missing);
            }
            addWelshLanguageEffectsQuestion();
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    /** {@link #extend(Instant, Map, boolean, Instant)} where the Welsh Language Standards do not apply. */
    public void extend(Instant newClosesAt, Map<String, String> reasons, Instant now) {
        extend(newClosesAt, reasons, false, now);
    }

    /**
     * Moves the closing of an open or forthcoming published consultation later, with a public reason
     * in each language of {@link #reasonLanguages}; other languages as given.
     */
    public void extend(Instant newClosesAt, Map<String, String> reasons, boolean welshLanguageStandards, Instant now) {
        if (!isPublished() || window.hasClosedAt(now) || !newClosesAt.isAfter(window.closesAt())) {
            throw new ConsultationRuleViolation("consultation.rule.extendLater");
        }
        changeWindow(new ResponseWindow(window.opensAt(), newClosesAt), WindowChange.EXTENDED, reasons, welshLanguageStandards);
    }

    /** {@link #closeEarly(Instant, Map, boolean)} where the Welsh Language Standards do not apply. */
    public void closeEarly(Instant now, Map<String, String> reasons) {
        closeEarly(now, reasons, false);
    }

    /** Stops answers now, before the planned closing, with a public reason. */
    public void closeEarly(Instant now, Map<String, String> reasons, boolean welshLanguageStandards) {
        if (!isPublished() || !window.isOpenAt(now)) {
            throw new ConsultationRuleViolation("consultation.rule.closeOnlyOpen");
        }
        changeWindow(new ResponseWindow(window.opensAt(), now), WindowChange.CLOSED_EARLY, reasons, welshLanguageStandards);
    }

    /** {@link #withdraw(Instant, Map, boolean)} where the Welsh Language Standards do not apply. */
    public void withdraw(Instant now, Map<String, String> reasons) {
        withdraw(now, reasons, false);
    }

    /**
     * Takes a published consultation back before it has closed (the proposal was dropped, say): no
     * more answers from now, with a public reason. Its page stays, saying why.
     */
    public void withdraw(Instant now, Map<String, String> reasons, boolean welshLanguageStandards) {
        if (!isPublished() || withdrawnAt != null || window.hasClosedAt(now)) {
            throw new ConsultationRuleViolation("consultation.rule.withdrawOnlyBeforeClosing");
        }
        changeWindow(window, WindowChange.WITHDRAWN, reasons, welshLanguageStandards);
        withdrawnAt = now;
    }

    /**
     * The languages a public reason (for a changed window) must be given in: English always, and
     * Welsh when the consultation is written in Welsh and the Welsh Language Standards apply.
     */
    public List<String> reasonLanguages(boolean welshLanguageStandards) {
        return welshLanguageStandards && texts.containsKey(WELSH) ? List.of(ENGLISH, WELSH) : List.of(ENGLISH);
    }

    /** Marks the feedback as out (the feedback package publishes it); the first date stays. */
    public void feedbackPublished(Instant at) {
        if (feedbackPublishedAt == null) {
            feedbackPublishedAt = at;
        }
    }

    /**
     * Records what the proposal is and its equality impact assessment: whether it changes a service, who proposes it
     * and who assessed it (roles or bodies, such as "Cabinet" or "Director of Adult Social Care"), the assessment's
     * summary by language (English, then Welsh, where written) and a link to its document (https). A summary or a
     * document given needs the other and the English summary; a published consultation that changes a service keeps
     * its assessment. The assessment is dated when it is first complete, and again when it changes.
     */
    public void recordImpactAssessment(boolean service, String proposer, String assessor, Map<String, String> summaries,
                                       String document, Instant now) {
        var cleaned = new HashMap<String, String>();
        summaries.forEach((language, summary) -> {
            if (!isBlank(summary)) {
                cleaned.put(language, summary.strip());
            }
        });
        String link = isBlank(document) ? null : document.strip();
        boolean anything = !cleaned.isEmpty() || link != null;
        if (anything && !cleaned.containsKey(ENGLISH)) {
            throw new ConsultationRuleViolation("consultation.rule.impactAssessmentEnglish");
        }
        if (anything && link == null) {
            throw new ConsultationRuleViolation("consultation.rule.impactAssessmentDocument");
        }
        if (link != null && !isDocumentLink(link)) {
            throw new ConsultationRuleViolation("consultation.rule.impactAssessmentLink");
        }
        if (!anything && service && isPublished()) {
            throw new ConsultationRuleViolation(IMPACT_ASSESSMENT_NEEDED);
        }
        boolean changed = !cleaned.equals(impactAssessmentSummaries) || !java.util.Objects.equals(link, impactAssessmentDocument);
        this.changesService = service;
        this.proposedBy = isBlank(proposer) ? null : proposer.strip();
        this.impactAssessedBy = isBlank(assessor) ? null : assessor.strip();
        impactAssessmentSummaries.clear();
        impactAssessmentSummaries.putAll(cleaned);
        this.impactAssessmentDocument = link;
        if (!anything) {
            impactAssessmentRecordedAt = null;
        } else if (changed || impactAssessmentRecordedAt == null) {
            impactAssessmentRecordedAt = now;
        }
    }

    /** A link staff may give to a document: an https address of reasonable length. */
    public static boolean isDocumentLink(String link) {
        return link != null && link.startsWith("https://") && link.length() > "https://".length() && link.length() <= 500
                && link.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '<' || c == '>');
    }

    /** Whether the equality impact assessment is recorded: the English summary and its document. */
    public boolean hasImpactAssessment() {
        return impactAssessmentSummaries.containsKey(ENGLISH) && impactAssessmentDocument != null;
    }

    /** A proposal that changes a service cannot be published until its equality impact assessment is recorded. */
    public boolean needsImpactAssessment() {
        return changesService && !hasImpactAssessment();
    }

    public boolean isChangesService() {
        return changesService;
    }

    /** Who proposes it: a role or body, or null when not said. */
    public String getProposedBy() {
        return proposedBy;
    }

    /** Who assessed the equality impact: a role or body, or null when not said. */
    public String getImpactAssessedBy() {
        return impactAssessedBy;
    }

    public String getImpactAssessmentDocument() {
        return impactAssessmentDocument;
    }

    public Instant getImpactAssessmentRecordedAt() {
        return impactAssessmentRecordedAt;
    }

    /** The assessment's summary in a language, or null when it is not written in that language. */
    public String impactAssessmentSummaryIn(String language) {
        return impactAssessmentSummaries.get(language);
    }

    /** The language a reader is shown the assessment's summary in: their own where written, else English. */
    public String impactAssessmentSummaryLanguage(String language) {
        return impactAssessmentSummaries.containsKey(language) ? language : ENGLISH;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFeedbackPublishedAt() {
        return feedbackPublishedAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Whether answers are refused at this instant: after closing, or once withdrawn. */
    public boolean refusesAnswersAt(Instant now) {
        return withdrawnAt != null || window.hasClosedAt(now);
    }

    private void changeWindow(ResponseWindow newWindow, WindowChange change, Map<String, String> reasons,
                              boolean welshLanguageStandards) {
        for (String language : reasonLanguages(welshLanguageStandards)) {
            if (isBlank(reasons.get(language))) {
                throw new ConsultationRuleViolation(ENGLISH.equals(language)
                        ? "consultation.rule.changeNeedsReason" : "consultation.rule.changeNeedsWelshReason");
            }
        }
        // the twelve-week rule was met, or explained, when it was published; the change has its own reason
        this.window = newWindow;
        this.windowChange = change;
        // every language gets this change's reason or none, so an earlier change's reason is never shown as this one's
        for (String language : List.copyOf(texts.keySet())) {
            String reason = reasons.get(language);
            texts.put(language, texts.get(language).withWindowChangeReason(isBlank(reason) ? null : reason.trim()));
        }
    }

    /** Whether every part written in English is written in Welsh too (the Welsh Language Standards). */
    public boolean isWelshComplete() {
        return missingWelsh().isEmpty();
    }

    /**
     * Every part written in English but not in Welsh, in the order staff meet them: the consultation's
     * words and public reasons, its easy read, then each question (words, hint, options) in the order
     * residents see them.
     */
    public List<WelshGap> missingWelsh() {
        var gaps = new ArrayList<WelshGap>();
        partsMissingIn(WELSH).forEach(part -> gaps.add(WelshGap.of(WelshGap.Part.valueOf(part))));
        if (easyReadMissingIn(WELSH)) {
            gaps.add(WelshGap.of(WelshGap.Part.EASY_READ));
        }
        var ordered = questionsInOrder();
        for (int i = 0; i < ordered.size(); i++) {
            var question = ordered.get(i);
            for (var part : question.partsNotWrittenIn(WELSH)) {
                gaps.add(new WelshGap(part, i + 1, question.getId()));
            }
        }
        return gaps;
    }

    /**
     * The language whose reason for a window shorter than twelve weeks a reader is shown: their own
     * where it is written, else English. The reason is published, so no reader goes without it.
     */
    public String shorterPeriodReasonLanguage(String language) {
        return isBlank(textIn(language).getShorterPeriodReason()) ? ENGLISH : textLanguage(language);
    }

    /** The language whose reason for extending, closing early or withdrawing a reader is shown (as above). */
    public String windowChangeReasonLanguage(String language) {
        return isBlank(textIn(language).getWindowChangeReason()) ? ENGLISH : textLanguage(language);
    }

    /**
     * Adds, once, the question the Welsh Language Standards ask for: the proposal's effects on
     * opportunities to use Welsh and on treating Welsh no less favourably than English. It goes on a
     * page of its own after the others.
     */
    public void addWelshLanguageEffectsQuestion() {
        if (questions.stream().anyMatch(q -> q.getPurpose() == Question.Purpose.WELSH_LANGUAGE_EFFECTS)) {
            return;
        }
        int lastPage = questions.stream().mapToInt(Question::getPage).max().orElse(0);
        var question = new Question(QuestionType.FREE_TEXT, lastPage + 1, false, new QuestionText(
                "What effects would this proposal have on opportunities for people to use the Welsh language, and on treating"
                        + " Welsh no less favourably than English?",
                "Tell us too how positive effects could be increased, or negative effects reduced."))
                .withPurpose(Question.Purpose.WELSH_LANGUAGE_EFFECTS);
        question.putText(WELSH, new QuestionText(
                "Pa effeithiau fyddai'r cynnig hwn yn eu cael ar gyfleoedd i bobl ddefnyddio'r Gymraeg, ac ar beidio â thrin"
                        + " y Gymraeg yn llai ffafriol na'r Saesneg?",
                "Dywedwch wrthym hefyd sut y gellid cynyddu effeithiau cadarnhaol, neu leihau effeithiau negyddol."));
        addQuestion(question);
    }

    public WindowChange getWindowChange() {
        return windowChange;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public ConsultationStatus statusAt(Instant now) {
        if (publishedAt == null) {
            return ConsultationStatus.DRAFT;
        }
        if (withdrawnAt != null) {
            return ConsultationStatus.WITHDRAWN;
        }
        if (window.isOpenAt(now)) {
            return ConsultationStatus.OPEN;
        }
        if (!window.hasClosedAt(now)) {
            return ConsultationStatus.FORTHCOMING;
        }
        return feedbackPublishedAt != null && !feedbackPublishedAt.isAfter(now)
                ? ConsultationStatus.FEEDBACK_PUBLISHED : ConsultationStatus.CLOSED;
    }





    public void replaceTopicsAndGroups(Set<Topic> newTopics, Set<ClientGroup> newGroups) {
        topics.clear();
        topics.addAll(newTopics);
        clientGroups.clear();
        clientGroups.addAll(newGroups);
    }


    public void addTopics(Topic... added) {
        topics.addAll(List.of(added));
    }

    public void addClientGroups(ClientGroup... added) {
        clientGroups.addAll(List.of(added));
    }


    /** Adds a question after the others. */
    public void addQuestion(Question question) {
        question.attachTo(this, questions.size() + 1);
        questions.add(question);
    }

    /**
     * Questions can change only while the consultation is a draft: answers are stored by question
     * and option number, so changing them later would change what people already said.
     */
    public boolean questionsCanChange() {
        return publishedAt == null;
    }

    public java.util.Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst();
    }

    /** The questions in the order residents see them: by page, then position. */
    public List<Question> questionsInOrder() {
        return questions.stream().sorted(java.util.Comparator.comparingInt(Question::getPage)
                .thenComparingInt(Question::getPosition)).toList();
    }

    /**
     * Moves a question one place earlier (-1) or later (+1) in the order residents see; moving past
     * the first or last question on its page takes it onto the neighbouring page.
     */
    public void moveQuestion(long questionId, int step) {
        requireDraft();
        var ordered = new ArrayList<>(questionsInOrder());
        var moving = question(questionId).orElseThrow();
        int from = ordered.indexOf(moving);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        var neighbour = ordered.get(to);
        if (neighbour.getPage() != moving.getPage()) {
            moving.moveToPage(neighbour.getPage());
            ordered = new ArrayList<>(questionsInOrder());
            // on arriving it goes next to the neighbour: last on a page it entered from below, first from above
            ordered.remove(moving);
            int at = ordered.indexOf(neighbour) + (step < 0 ? 1 : 0);
            ordered.add(at, moving);
        } else {
            ordered.set(to, moving);
            ordered.set(from, neighbour);
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).attachTo(this, i + 1);
        }
    }

    public void removeQuestion(long questionId) {
        requireDraft();
        var removed = question(questionId).orElseThrow();
        if (removed.getPurpose() != null) {
            throw new ConsultationRuleViolation("question.rule.portalQuestion");
        }
        questions.remove(removed);
        var ordered = questionsInOrder();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).attachTo(this, i + 1);
        }
    }

    void requireDraft() {
        if (!questionsCanChange()) {
            throw new ConsultationRuleViolation("question.rule.published");
        }
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public void addDocument(ConsultationDocument document) {
        documents.add(document);
    }




    /** Documents in a language first, then the English ones not yet translated. */
    public List<ConsultationDocument> documentsFor(String language) {
        var result = new ArrayList<>(documents.stream().filter(d -> d.getLanguage().equals(language)).toList());
        if (!ENGLISH.equals(language)) {
            result.addAll(documents.stream().filter(d -> d.getLanguage().equals(ENGLISH)).toList());
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ResponseWindow getWindow() {
        return window;
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<ClientGroup> getClientGroups() {
        return Set.copyOf(clientGroups);
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    /** Names the partner running it (null: none). */
    public void namePartner(PartnerOrganisation runBy) {
        this.partner = runBy;
    }
}
