package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.consultation.Question;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.References;
import org.involveportal.web.page.PageBean;

/**
 * Assisted digital (staff): a response received on paper, by phone, at an event or given with
 * support, typed in on one page with the same questions, fields and checks as online, and marked with
 * its channel so it is counted by channel. Nothing typed is lost when something needs correcting.
 */
@Named
@RequestScoped
public class ResponseEntryPage extends PageBean {

    /** Who may enter responses: those who run and analyse consultations. */
    static final List<String> ROLES = List.of("EDITOR", "PUBLISHER", "ANALYST");

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ResponseService responses;


    private Consultation consultation;
    private final Map<Long, List<String>> posted = new LinkedHashMap<>();
    private String channel = "";
    private String language = Language.DEFAULT.tag();
    private String answeringAs = "";
    private ContactDetails contact = ContactDetails.anonymous();

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        consultation.getQuestions().forEach(Question::optionCount);
    }

    @Override
    protected void post() {
        if (!allowed(ROLES.toArray(String[]::new))) {
            return;
        }
        channel = typed("channel");
        language = typed("language");
        answeringAs = typed("answeringAs");
        contact = new ContactDetails(Arrays.stream(ContactDetails.Way.values()).filter(w -> w.name().equals(typed("way")))
                .findFirst().orElse(ContactDetails.Way.NONE), typed("name"), typed("email"), typed("phone"), typed("address"));
        var chosenChannel = Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE && c.name().equals(channel)).findFirst();
        var chosenAs = Arrays.stream(AnsweringAs.values()).filter(a -> a.name().equals(answeringAs)).findFirst();
        var chosenLanguage = Language.fromTag(language);
        if (chosenChannel.isEmpty()) {
            problem("channel-1", "entry.error.channel");
        }
        if (chosenLanguage.isEmpty()) {
            problem("language", "entry.error.language");
        }
        if (chosenAs.isEmpty()) {
            problem("answeringAs-1", "answeringAs.error");
        }
        for (Question question : consultation.questionsInOrder()) {
            var values = QuestionView.posted(request, question);
            posted.put(question.getId(), values);
            if (values.stream().anyMatch(v -> FormRules.length(v) > ResponseDraft.VALUE_MAX)) {
                problem(QuestionView.anchor(question), "answer.error.tooLong");
            }
            question.problemWith(values).ifPresent(problem -> problem(QuestionView.anchor(question), problem));
        }
        contact.problems().forEach((field, problem) -> problem(field.equals("way") ? "way-1" : field, problem));
        if (hasErrors()) {
            return;
        }
        String reference = responses.enter(consultation.getId(), chosenChannel.get(), chosenAs.get(), chosenLanguage.get().tag(),
                posted, contact, staffMember());
        redirectTo("/staff/response-entry?c=" + URLEncoder.encode(parameter("c"), StandardCharsets.UTF_8)
                + "&entered=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    /** Entering after closing is allowed (post arrives late), so staff are told, not stopped. */
    public boolean isClosed() {
        var status = consultation.statusAt(responses.now());
        return status == ConsultationStatus.CLOSED || status == ConsultationStatus.FEEDBACK_PUBLISHED;
    }

    public String getEntered() {
        String entered = parameter("entered");
        return entered != null && References.looksLike("RS", entered) ? entered : null;
    }

    /** The questions in English with what was typed, for the form. */
    public List<QuestionView> getQuestions() {
        return consultation.questionsInOrder().stream()
                .map(q -> QuestionView.of(q, Language.DEFAULT.tag(), posted.getOrDefault(q.getId(), List.of()), this::error))
                .toList();
    }

    public List<Channel> getChannels() {
        return Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList();
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public List<AnsweringAs> getAnsweringAsChoices() {
        return List.of(AnsweringAs.values());
    }

    public List<ContactDetails.Way> getContactWays() {
        return List.of(ContactDetails.Way.values());
    }

    public String getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getAnsweringAs() {
        return answeringAs;
    }

    public ContactDetails getContact() {
        return contact;
    }
}
