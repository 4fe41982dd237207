package org.involveportal.consultation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadForm;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;

/**
 * What staff type when writing a consultation: its words in each language the editor offers, and its
 * topics and audiences. Knows its own problems (by field id) and how complete each language is.
 */
public class ConsultationForm {

        /** The languages staff may write it in: every language of the portal; English is required. */
    public static final List<String> LANGUAGES = Language.tags();
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 2000;
    static final int CHANGE_MAX = 4000;
    static final int PROPOSAL_MAX = 100_000;

    /** One language's words. */
    public static final class Words {
        private String title = "";
        private String summary = "";
        private String canChange = "";
        private String cannotChange = "";
        private String proposal = "";

        public String getTitle() {
            return title;
        }

        public String getSummary() {
            return summary;
        }

        public String getCanChange() {
            return canChange;
        }

        public String getCannotChange() {
            return cannotChange;
        }

        public String getProposal() {
            return proposal;
        }

        /** How many of the five parts are written. */
        public int getFilled() {
            return (int) java.util.stream.Stream.of(title, summary, canChange, cannotChange, proposal)
                    .filter(v -> !FormRules.isBlank(v)).count();
        }

        public int getParts() {
            return 5;
        }

        boolean isEmpty() {
            return getFilled() == 0;
        }
    }

    private final Map<String, Words> words = new LinkedHashMap<>();
    private EasyReadForm easyRead = new EasyReadForm(LANGUAGES);
    private final Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private final Set<ClientGroup> clientGroups = EnumSet.noneOf(ClientGroup.class);

    public ConsultationForm() {
        LANGUAGES.forEach(language -> words.put(language, new Words()));
    }

    public static ConsultationForm from(HttpServletRequest request) {
        var form = new ConsultationForm();
        for (String language : LANGUAGES) {
            var w = form.words.get(language);
            w.title = value(request, "title-" + language);
            w.summary = value(request, "summary-" + language);
            w.canChange = value(request, "canChange-" + language);
            w.cannotChange = value(request, "cannotChange-" + language);
            w.proposal = value(request, "proposal-" + language);
        }
        form.easyRead = EasyReadForm.from(request, LANGUAGES);
        var topics = request.getParameterValues("topic");
        if (topics != null) {
            Arrays.stream(Topic.values()).filter(t -> Arrays.asList(topics).contains(t.name())).forEach(form.topics::add);
        }
        var groups = request.getParameterValues("who");
        if (groups != null) {
            Arrays.stream(ClientGroup.values()).filter(g -> Arrays.asList(groups).contains(g.name())).forEach(form.clientGroups::add);
        }
        return form;
    }

    public static ConsultationForm from(Consultation consultation) {
        var form = new ConsultationForm();
        for (String language : LANGUAGES) {
            if (consultation.hasTextIn(language)) {
                var text = consultation.textIn(language);
                var w = form.words.get(language);
                w.title = nonNull(text.getTitle());
                w.summary = nonNull(text.getSummary());
                w.canChange = nonNull(text.getWhatCanChange());
                w.cannotChange = nonNull(text.getWhatCannotChange());
                w.proposal = nonNull(text.getProposalHtml());
            }
        }
        form.easyRead = EasyReadForm.from(LANGUAGES.stream().flatMap(l -> consultation.easyReadWrittenIn(l).stream()).toList(), LANGUAGES);
        form.topics.addAll(consultation.getTopics());
        form.clientGroups.addAll(consultation.getClientGroups());
        return form;
    }

    /** Field id to the bundle key of its problem, in form order; pictures are the names the portal has. */
    public Map<String, String> problems(List<String> knownPictures) {
        var problems = problems();
        easyRead.addProblems(problems, knownPictures);
        return problems;
    }

    /** Field id to the bundle key of its problem, in form order (words only). */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            var w = words.get(language);
            boolean required = language.equals(TranslatedContent.ENGLISH) || !w.isEmpty();
            if (required && FormRules.isBlank(w.title)) {
                problems.put("title-" + language, "editor.error.title");
            } else if (FormRules.length(w.title) > TITLE_MAX) {
                problems.put("title-" + language, "editor.error.titleTooLong");
            }
            if (required && FormRules.isBlank(w.summary)) {
                problems.put("summary-" + language, "editor.error.summary");
            } else if (FormRules.length(w.summary) > SUMMARY_MAX) {
                problems.put("summary-" + language, "editor.error.summaryTooLong");
            }
            if (FormRules.length(w.canChange) > CHANGE_MAX) {
                problems.put("canChange-" + language, "editor.error.tooLong");
            }
            if (FormRules.length(w.cannotChange) > CHANGE_MAX) {
                problems.put("cannotChange-" + language, "editor.error.tooLong");
            }
            if (FormRules.length(w.proposal) > PROPOSAL_MAX) {
                problems.put("proposal-" + language, "editor.error.tooLong");
            }
        }
        return problems;
    }

    /** The words as the consultation keeps them (the proposal sanitised on the way in); null for an empty language. */
    ConsultationText textFor(String language, String shorterPeriodReason) {
        var w = words.get(language);
        if (w.isEmpty()) {
            return null;
        }
        return new ConsultationText(w.title.trim(), w.summary.trim())
                .withProposal(blankToNull(w.proposal))
                .withWhatCanChange(blankToNull(w.canChange), blankToNull(w.cannotChange))
                .withShorterPeriodReason(shorterPeriodReason);
    }

    /** The easy-read ideas as typed, per language. */
    public EasyReadForm getEasyRead() {
        return easyRead;
    }

    List<EasyReadIdea> easyReadFor(String language) {
        return easyRead.easyReadFor(language);
    }

    public Words words(String language) {
        return words.get(language);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public boolean hasTopic(Topic topic) {
        return topics.contains(topic);
    }

    public boolean hasClientGroup(ClientGroup group) {
        return clientGroups.contains(group);
    }

    Set<Topic> topics() {
        return topics;
    }

    Set<ClientGroup> clientGroups() {
        return clientGroups;
    }

    /** A web address name from the English title: "Short breaks for carers" is short-breaks-for-carers. */
    String slugBase() {
        String ascii = java.text.Normalizer.normalize(words.get("en").title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "consultation" : slug;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }


    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return FormRules.isBlank(value) ? null : value.trim();
    }

    static List<String> sorted(Set<? extends Enum<?>> values) {
        var names = new ArrayList<String>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
