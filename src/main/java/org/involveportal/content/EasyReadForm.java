package org.involveportal.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.platform.FormRules;

/**
 * The easy-read ideas staff type, per language, as rows of text, picture and alt text (fields
 * {@code idea-<language>-<row>-text}, {@code -picture}, {@code -alt}, and {@code ideas-<language>}
 * for the number of rows). Used wherever easy read is written: consultations and their feedback.
 */
public class EasyReadForm {

    /** One easy-read idea as typed. */
    public static final class Idea {
        private final String text;
        private final String picture;
        private final String alt;

        Idea(String text, String picture, String alt) {
            this.text = text == null ? "" : text;
            this.picture = picture == null ? "" : picture;
            this.alt = alt == null ? "" : alt;
        }

        public String getText() {
            return text;
        }

        public String getPicture() {
            return picture;
        }

        public String getAlt() {
            return alt;
        }

        boolean isBlank() {
            return FormRules.isBlank(text);
        }
    }

    static final int IDEAS_MAX = 40;
    static final int BLANK_IDEA_ROWS = 2;
    static final int TEXT_MAX = 500;
    /** As the column {@code alt_text} holds it. */
    static final int ALT_MAX = 300;

    private final Map<String, List<Idea>> ideas = new LinkedHashMap<>();

    public EasyReadForm(List<String> languages) {
        languages.forEach(language -> ideas.put(language, new ArrayList<>()));
    }

    public static EasyReadForm from(HttpServletRequest request, List<String> languages) {
        var form = new EasyReadForm(languages);
        for (String language : languages) {
            int rows = Math.min(IDEAS_MAX, parseOrZero(request.getParameter("ideas-" + language)));
            for (int i = 0; i < rows; i++) {
                String prefix = "idea-" + language + "-" + i + "-";
                var idea = new Idea(request.getParameter(prefix + "text"), request.getParameter(prefix + "picture"),
                        request.getParameter(prefix + "alt"));
                if (!idea.isBlank()) {
                    form.ideas.get(language).add(idea);
                }
            }
        }
        return form;
    }

    /** The ideas as kept, in each language written exactly in it. */
    public static EasyReadForm from(List<EasyReadIdea> kept, List<String> languages) {
        var form = new EasyReadForm(languages);
        kept.stream().filter(idea -> form.ideas.containsKey(idea.getLanguage())).forEach(idea ->
                form.ideas.get(idea.getLanguage()).add(new Idea(idea.getText(), idea.getPicture(), idea.getAltText())));
        return form;
    }

    /** Adds each idea's problems (field id to bundle key); pictures are the names the portal has. */
    public void addProblems(Map<String, String> problems, List<String> knownPictures) {
        ideas.forEach((language, list) -> {
            for (int i = 0; i < list.size(); i++) {
                var idea = list.get(i);
                String prefix = "idea-" + language + "-" + i + "-";
                if (FormRules.length(idea.text) > TEXT_MAX) {
                    problems.put(prefix + "text", "easyRead.check.tooLong");
                }
                for (var finding : EasyReadCheck.problems(idea.picture, idea.alt, knownPictures)) {
                    problems.put(prefix + (finding.key().endsWith("picture") ? "picture" : "alt"), finding.key());
                }
                if (FormRules.length(idea.alt.trim()) > ALT_MAX) {
                    problems.put(prefix + "alt", "easyRead.check.altTooLong");
                }
            }
        });
    }

    /** The ideas in one language, then blank rows to add more (no script needed). */
    public List<Idea> ideaRows(String language) {
        var rows = new ArrayList<>(ideas.get(language));
        for (int i = 0; i < BLANK_IDEA_ROWS && rows.size() < IDEAS_MAX; i++) {
            rows.add(new Idea("", "", ""));
        }
        return rows;
    }

    public List<EasyReadIdea> easyReadFor(String language) {
        return ideas.get(language).stream()
                .map(idea -> new EasyReadIdea(language, idea.text.trim(), idea.picture, idea.alt.trim()))
                .toList();
    }

    public boolean isEmpty(String language) {
        return ideas.get(language).isEmpty();
    }

    private static int parseOrZero(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
