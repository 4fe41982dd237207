package org.involveportal.consultation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.Pictures;

/**
 * Writing one question (staff, editor role): its kind, page, whether it must be answered, and its
 * words and options in English and Welsh. A plain form: what was typed comes back with the problems.
 */
@Named
@RequestScoped
public class QuestionEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private Pictures pictures;

    private Consultation consultation;
    private Long questionId;
    private QuestionForm form;

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        String q = parameter("q");
        if (q != null) {
            try {
                questionId = Long.parseLong(q);
            } catch (NumberFormatException e) {
                questionId = -1L;
            }
            var question = consultation.question(questionId);
            if (question.isEmpty()) {
                notFound();
                return;
            }
            form = QuestionForm.from(question.get());
        } else {
            form = QuestionForm.blank(consultation);
        }
    }

    @Override
    protected void post() {
        if (!allowed("EDITOR")) {
            return;
        }
        form = QuestionForm.from(request);
        if (!consultation.questionsCanChange()) {
            problem("type", "question.rule.published");
            return;
        }
        problems(form.problems(pictures.getNames()));
        if (hasErrors()) {
            return;
        }
        String slug = consultation.getSlug();
        String actor = staffMember();
        long saved;
        try {
            if (questionId == null) {
                saved = editing.addQuestion(slug, form, actor);
            } else {
                editing.updateQuestion(slug, questionId, form, actor);
                saved = questionId;
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof ConsultationRuleViolation violation) {
                problem("type", violation.messageKey());
                return;
            }
            throw e;
        }
        redirectTo("/staff/consultation-questions?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + "&done=" + (questionId == null ? "added" : "saved") + "#question-" + saved);
    }

    public boolean isNew() {
        return questionId == null;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public boolean isEditable() {
        return consultation.questionsCanChange();
    }

    public QuestionForm getForm() {
        return form;
    }

    public QuestionForm.Words words(String language) {
        return form.words(language);
    }

    public List<String> getLanguages() {
        return ConsultationForm.LANGUAGES;
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }
}
