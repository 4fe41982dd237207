package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Question;
import org.involveportal.platform.FormRules;

/** One page of questions, {@code /respond/{token}/questions/{page}}; the fields are in question-fields.xhtml. */
@Named
@RequestScoped
public class QuestionPageStep extends RespondStep {

    private int page;
    /** What was posted for each question on this page, shown again when the page has problems. */
    private final Map<Long, List<String>> posted = new LinkedHashMap<>();

    @Override
    protected String stepPath() {
        return Journey.questionsStep(page);
    }

    @Override
    protected boolean isStepOf(List<String> addressParameters) {
        page = Integer.parseInt(addressParameters.get(1));
        return journey().questionPages().contains(page);
    }

    @Override
    protected void postStep() {
        readPosted();
        var toSave = savable();
        responses().saveAnswers(draft().getToken(), toSave, language());
        if (savingForLater() && toSave.size() == posted.size()) {
            moveTo(SAVED);
            return;
        }
        for (Question question : journey().questionsOn(page)) {
            question.problemWith(posted.get(question.getId()))
                    .ifPresent(problem -> problem(QuestionView.anchor(question), problem));
        }
        if (!hasErrors()) {
            moveOn();
        }
    }

    @Override
    protected void keepPosted() {
        readPosted();
        responses().saveAnswers(draft().getToken(), savable(), language());
    }

    private void readPosted() {
        for (Question question : journey().questionsOn(page)) {
            posted.put(question.getId(), QuestionView.posted(request(), question));
        }
    }

    /** The answers posted that fit in the draft; one too long is shown again with its problem, not saved. */
    private Map<Long, List<String>> savable() {
        var savable = new LinkedHashMap<Long, List<String>>();
        posted.forEach((question, values) -> {
            if (values.stream().allMatch(v -> FormRules.length(v) <= ResponseDraft.VALUE_MAX)) {
                savable.put(question, values);
            }
        });
        return savable;
    }

    public int getPage() {
        return page;
    }

    public int getPagePosition() {
        return journey().questionPages().indexOf(page) + 1;
    }

    public int getPageCount() {
        return journey().questionPages().size();
    }

    public List<QuestionView> getQuestions() {
        return journey().questionsOn(page).stream().map(this::view).toList();
    }

    private QuestionView view(Question question) {
        var values = posted.containsKey(question.getId()) ? posted.get(question.getId()) : draft().answerTo(question.getId());
        return QuestionView.of(question, language(), messages().getMode().easyRead(), values, this::error);
    }
}
