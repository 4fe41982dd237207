package org.involveportal.consultation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.involveportal.web.page.PageBean;

/**
 * A consultation's questions in the order residents meet them (staff, editor role), each with
 * buttons to move it up or down, change or remove it, and how far it is translated. Every button is
 * a plain form post, so the order can be changed from the keyboard with no scripts.
 */
@Named
@RequestScoped
public class QuestionListPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    private Consultation consultation;

    /** One question as listed: where it is, its English words and which languages it has. */
    public record Row(long id, int number, int page, QuestionType type, boolean required, String text,
                      boolean welsh, boolean first, boolean last, boolean portalQuestion) {
    }

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
        }
    }

    @Override
    protected void post() {
        if (!allowed("EDITOR")) {
            return;
        }
        long questionId;
        try {
            questionId = Long.parseLong(String.valueOf(parameter("q")));
        } catch (NumberFormatException e) {
            notFound();
            return;
        }
        if (consultation.question(questionId).isEmpty()) {
            notFound(); // a question of another consultation is not found here
            return;
        }
        String slug = consultation.getSlug();
        String actor = staffMember();
        String action = String.valueOf(parameter("action"));
        try {
            switch (action) {
                case "up" -> editing.moveQuestion(slug, questionId, -1, actor);
                case "down" -> editing.moveQuestion(slug, questionId, 1, actor);
                case "remove" -> editing.removeQuestion(slug, questionId, actor);
                default -> {
                    badRequest();
                    return;
                }
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof ConsultationRuleViolation violation) {
                problem("questions", violation.messageKey());
                return;
            }
            throw e;
        }
        // back to the same place in the list, so a keyboard user carries on from the question moved
        redirectTo("/staff/consultation-questions?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&done=" + action
                + (action.equals("remove") ? "" : "#question-" + questionId));
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

    public String getDone() {
        String done = parameter("done");
        return done != null && List.of("up", "down", "remove", "added", "saved").contains(done) ? done : null;
    }

    public List<Row> getRows() {
        var ordered = consultation.questionsInOrder();
        return java.util.stream.IntStream.range(0, ordered.size()).mapToObj(i -> {
            var q = ordered.get(i);
            return new Row(q.getId(), i + 1, q.getPage(), q.getType(), q.isRequired(), q.textIn("en").getText(),
                    q.hasTextIn("cy"), i == 0, i == ordered.size() - 1, q.getPurpose() != null);
        }).toList();
    }

    public int getWelshCount() {
        return (int) consultation.getQuestions().stream().filter(q -> q.hasTextIn("cy")).count();
    }

    public int getCount() {
        return consultation.getQuestions().size();
    }
}
