package org.involveportal.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;

/**
 * The pages of answering one consultation, in order: "answering as", one page per question page,
 * contact, check your answers. Steps are the last part of the address:
 * {@code answering-as}, {@code questions/2}, {@code contact}, {@code check}.
 */
public final class Journey {

    public static final String ANSWERING_AS = "answering-as";
    public static final String CONTACT = "contact";
    public static final String CHECK = "check";

    private final Consultation consultation;

    public Journey(Consultation consultation) {
        this.consultation = consultation;
    }

    /** The question page numbers in order (pages may be numbered with gaps). */
    public List<Integer> questionPages() {
        return consultation.getQuestions().stream().map(Question::getPage).distinct().sorted().toList();
    }

    public List<Question> questionsOn(int page) {
        return consultation.getQuestions().stream().filter(q -> q.getPage() == page).toList();
    }

    public static String questionsStep(int page) {
        return "questions/" + page;
    }

    public List<String> steps() {
        var steps = new ArrayList<String>();
        steps.add(ANSWERING_AS);
        questionPages().forEach(page -> steps.add(questionsStep(page)));
        steps.add(CONTACT);
        steps.add(CHECK);
        return steps;
    }

    /**
     * About how long answering takes, in minutes, for the start page: a minute for each choice, three
     * for each free-text question, at least five, rounded up to fives.
     */
    public int minutesToAnswer() {
        int minutes = consultation.getQuestions().stream()
                .mapToInt(q -> q.getType() == QuestionType.FREE_TEXT ? 3 : 1).sum() + 2;
        return Math.max(5, (minutes + 4) / 5 * 5);
    }

    /** The step after this one. */
    public String next(String step) {
        var steps = steps();
        return steps.get(Math.min(steps.indexOf(step) + 1, steps.size() - 1));
    }

    /** The step before this one, or empty on the first (whose back link is the consultation). */
    public Optional<String> previous(String step) {
        int index = steps().indexOf(step);
        return index <= 0 ? Optional.empty() : Optional.of(steps().get(index - 1));
    }

    /** Problems with a draft's answers, by question, in question order. */
    public Map<Question, String> problems(ResponseDraft draft) {
        var problems = new LinkedHashMap<Question, String>();
        for (Question question : consultation.getQuestions()) {
            question.problemWith(draft.answerTo(question.getId())).ifPresent(key -> problems.put(question, key));
        }
        return problems;
    }

    /**
     * Where someone coming back should carry on: the first step not done (a page with a problem, then
     * a page with nothing answered, then contact), else check your answers.
     */
    public String firstUnfinished(ResponseDraft draft) {
        if (draft.getAnsweringAs() == null) {
            return ANSWERING_AS;
        }
        var problems = problems(draft);
        if (!problems.isEmpty()) {
            return questionsStep(problems.keySet().iterator().next().getPage());
        }
        if (draft.getContact().getWay() == null) {
            // Not yet past the questions: carry on at the first page with nothing answered on it.
            return questionPages().stream()
                    .filter(page -> questionsOn(page).stream().allMatch(q -> draft.answerTo(q.getId()).isEmpty()))
                    .findFirst().map(Journey::questionsStep).orElse(CONTACT);
        }
        return CHECK;
    }

    /** Whether the draft can be sent: every step done and every answer acceptable. */
    public boolean isComplete(ResponseDraft draft) {
        return draft.getAnsweringAs() != null && problems(draft).isEmpty()
                && draft.getContact().getWay() != null && draft.getContact().problems().isEmpty();
    }
}
