package org.involveportal.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;
import org.involveportal.response.AnsweringAs;
import org.involveportal.web.page.PageBean;

/**
 * The answers to one free-text question ({@code /staff/analysis-answers?c=slug&q=12}), 25 a page,
 * with search and the answering-as filter; analysts create themes and code the answers shown.
 */
@Named
@RequestScoped
public class AnalysisAnswersPage extends PageBean {

    static final int MAX_THEME_LENGTH = 100;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private AnalysisService analysis;

    @Inject
    private AnalysisAccess access;

    private Consultation consultation;
    private Question question;
    private int questionNumber;
    private AnsweringAs filter;
    private String search = "";
    private int page = 1;
    private AnalysisService.FreeTextPage answers;
    private List<AnalysisService.Theme> themes = List.of();
    private Map<Long, Long> themeCounts = Map.of();
    private String typedTheme = "";

    @Override
    protected void load() {
        if (!access.canRead()) {
            refuse();
            return;
        }
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        long questionId = parseLong(parameter("q"));
        if (consultation != null) {
            var questions = consultation.getQuestions();
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).getId() == questionId && questions.get(i).getType() == QuestionType.FREE_TEXT) {
                    question = questions.get(i);
                    questionNumber = i + 1;
                }
            }
        }
        if (question == null) {
            notFound();
            return;
        }
        filter = AnalysisAccess.filter(parameter("as"));
        search = typed("search").trim();
        page = (int) Math.max(1, parseLong(parameter("page")));
        if (!isPost()) {
            list();
        }
    }

    @Override
    protected void post() {
        if (!access.canCode()) {
            refuse(); // only analysts code answers, whatever a forged post says
            return;
        }
        if (handlePost()) {
            redirectTo("/staff/analysis-answers?" + query(page) + "&saved="
                    + ("theme".equals(parameter("action")) ? "theme" : "coding"));
            return;
        }
        list();
    }

    /** The themes, their counts and this page of answers; on a post, read after it has acted. */
    private void list() {
        themes = analysis.themes(consultation.getId()).stream().filter(t -> t.questionId() == question.getId()).toList();
        themeCounts = analysis.themeCounts(consultation.getId(), filter);
        answers = analysis.freeText(consultation.getId(), question.getId(), filter, search, page);
    }

    /** True when done; false with problems to show. */
    private boolean handlePost() {
        if ("theme".equals(parameter("action"))) {
            typedTheme = typed("theme").trim();
            if (typedTheme.isEmpty()) {
                problem("theme", "analysis.theme.error.empty");
            } else if (typedTheme.codePointCount(0, typedTheme.length()) > MAX_THEME_LENGTH) {
                problem("theme", "analysis.theme.error.tooLong");
            } else if (!analysis.createTheme(question.getId(), typedTheme)) {
                problem("theme", "analysis.theme.error.exists");
            }
            return !hasErrors();
        }
        var coding = new LinkedHashMap<Long, Set<Long>>();
        String[] shown = request.getParameterValues("shown");
        for (String id : shown == null ? new String[0] : shown) {
            long responseId = parseLong(id);
            String[] chosen = request.getParameterValues("themes-" + responseId);
            var ids = new HashSet<Long>();
            Arrays.stream(chosen == null ? new String[0] : chosen).map(AnalysisAnswersPage::parseLong).forEach(ids::add);
            coding.put(responseId, ids);
        }
        analysis.code(consultation.getId(), question.getId(), coding);
        return true;
    }

    private static long parseLong(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The query string of this view at a page: consultation, question, filter and search kept. */
    public String query(int pageNumber) {
        return "c=" + encode(consultation.getSlug()) + "&q=" + question.getId()
                + (filter == null ? "" : "&as=" + filter.name())
                + (search.isEmpty() ? "" : "&search=" + encode(search))
                + "&page=" + pageNumber;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public String getQuestionText() {
        return question.textIn("en").getText();
    }

    public int getQuestionNumber() {
        return questionNumber;
    }

    public long getQuestionId() {
        return question.getId();
    }

    public String getFilter() {
        return filter == null ? "" : filter.name();
    }

    public List<AnsweringAs> getGroups() {
        return List.of(AnsweringAs.values());
    }

    public String getSearch() {
        return search;
    }

    public int getPage() {
        return page;
    }

    public long getTotal() {
        return answers.total();
    }

    public int getPages() {
        return (int) Math.max(1, (answers.total() + AnalysisService.PAGE_SIZE - 1) / AnalysisService.PAGE_SIZE);
    }

    public int getFirstShown() {
        return answers.answers().isEmpty() ? 0 : (page - 1) * AnalysisService.PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return (page - 1) * AnalysisService.PAGE_SIZE + answers.answers().size();
    }

    /** "26–50": the answers on this page, numbered from the first that matches. */
    public String getRange() {
        return getFirstShown() + "–" + getLastShown();
    }

    public List<AnalysisService.FreeTextAnswer> getAnswers() {
        return answers.answers();
    }

    public List<AnalysisService.Theme> getThemes() {
        return themes;
    }

    public long themeCount(long themeId) {
        return themeCounts.getOrDefault(themeId, 0L);
    }

    public boolean coded(AnalysisService.FreeTextAnswer answer, long themeId) {
        return answer.themeIds().contains(themeId);
    }

    public boolean isCanCode() {
        return access.canCode();
    }

    public String getTypedTheme() {
        return typedTheme;
    }
}
