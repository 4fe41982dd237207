package org.involveportal.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.TranslatedContent;

/**
 * One question of a consultation, on one of its pages. It knows what a valid answer is, so the
 * online form, staff entering a paper response and any import all check answers the same way.
 *
 * <p>An answer is a list of values: option numbers for choices, the text for free text, the number
 * for a rating, and for ranking the rank given to each option in option order ("2", "1", "3").
 */
@Entity
@Table(name = "question")
public class Question extends TranslatedContent<QuestionText> {

    public static final int DEFAULT_MAX_LENGTH = 1200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "page", nullable = false)
    private int page;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private QuestionType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "scale_max")
    private Integer scaleMax;

    /** Why the portal added this question itself; null for the ones staff write. */
    public enum Purpose { WELSH_LANGUAGE_EFFECTS }

    /** The picture beside the question in easy-read mode, by name (see static/pictures), or null. */
    @Column(name = "easy_read_picture", length = 40)
    private String easyReadPicture;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30)
    private Purpose purpose;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_text", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, QuestionText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
        // for JPA
    }

    @Override
    protected Map<String, QuestionText> texts() {
        return texts;
    }

    public Question(QuestionType type, int page, boolean required, QuestionText english) {
        this.type = type;
        this.page = page;
        this.required = required;
        this.texts.put(ENGLISH, english);
        if (type == QuestionType.FREE_TEXT) {
            this.maxLength = DEFAULT_MAX_LENGTH;
        }
        if (type == QuestionType.RATING) {
            this.scaleMax = 5;
        }
    }

    public Question withPurpose(Purpose why) {
        this.purpose = why;
        return this;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Question withMaxLength(int characters) {
        this.maxLength = characters;
        return this;
    }

    public Question withScale(int maximum) {
        this.scaleMax = maximum;
        return this;
    }

    /** Adds option number n (1, 2, ...) with its English label. */
    public Question withOption(String englishLabel) {
        options.add(new QuestionOption(optionCount() + 1, ENGLISH, englishLabel));
        return this;
    }


    public void putOptionLabel(int number, String language, String label) {
        options.removeIf(option -> option.getNumber() == number && option.getLanguage().equals(language));
        options.add(new QuestionOption(number, language, label));
    }

    void moveToPage(int newPage) {
        this.page = newPage;
    }

    /**
     * Changes what kind of question it is and its settings (staff, while a draft). Length and scale
     * apply only to the types that use them.
     */
    public void revise(QuestionType newType, int newPage, boolean isRequired, Integer newMaxLength, Integer newScaleMax) {
        consultation.requireDraft();
        this.type = newType;
        this.page = newPage;
        this.required = isRequired;
        this.maxLength = newType == QuestionType.FREE_TEXT ? (newMaxLength == null ? DEFAULT_MAX_LENGTH : newMaxLength) : null;
        this.scaleMax = newType == QuestionType.RATING ? (newScaleMax == null ? 5 : newScaleMax) : null;
        if (newType == QuestionType.FREE_TEXT || newType == QuestionType.RATING) {
            options.clear();
        }
    }

    public String getEasyReadPicture() {
        return easyReadPicture;
    }

    public void setEasyReadPicture(String picture) {
        this.easyReadPicture = picture;
    }

    /** Sets a language's words, or removes them (never English) when null. */
    public void replaceText(String language, QuestionText text) {
        if (text == null) {
            if (!ENGLISH.equals(language)) {
                texts.remove(language);
            }
            return;
        }
        texts.put(language, text);
    }

    /** Replaces a language's option labels, numbered 1, 2, ... in the order given. */
    public void replaceOptions(String language, List<String> labels) {
        options.removeIf(option -> option.getLanguage().equals(language));
        for (int i = 0; i < labels.size(); i++) {
            options.add(new QuestionOption(i + 1, language, labels.get(i)));
        }
    }

    /** Option labels written in exactly this language, in order (no falling back), for the editor. */
    public List<String> optionLabelsWrittenIn(String language) {
        return options.stream().filter(o -> o.getLanguage().equals(language))
                .sorted(java.util.Comparator.comparingInt(QuestionOption::getNumber)).map(QuestionOption::getLabel).toList();
    }


    /**
     * The parts written in English but not in a language: the question itself, its hint (when the
     * English has one) and any option without a label there. Empty when a reader of that language
     * sees nothing in English.
     */
    public List<WelshGap.Part> partsNotWrittenIn(String language) {
        var missing = new ArrayList<WelshGap.Part>();
        partsMissingIn(language).forEach(part -> missing.add(WelshGap.Part.valueOf(part)));
        for (int number = 1; number <= optionCount(); number++) {
            int n = number;
            if (options.stream().noneMatch(o -> o.getNumber() == n && o.getLanguage().equals(language) && !isBlank(o.getLabel()))) {
                missing.add(WelshGap.Part.QUESTION_OPTIONS);
                break;
            }
        }
        return missing;
    }

    void attachTo(Consultation owner, int newPosition) {
        this.consultation = owner;
        this.position = newPosition;
    }

    /**
     * The bundle key of what is wrong with an answer, or empty when it is acceptable. Blank values
     * count as no answer.
     */
    public Optional<String> problemWith(List<String> answer) {
        var values = answer == null ? List.<String>of() : answer.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (values.isEmpty()) {
            return required ? Optional.of(requiredKey()) : Optional.empty();
        }
        return switch (type) {
            case SINGLE_CHOICE -> values.size() == 1 && isOptionNumber(values.get(0))
                    ? Optional.empty() : Optional.of("answer.error.chooseOne");
            case MULTIPLE_CHOICE -> values.stream().allMatch(this::isOptionNumber)
                    && new HashSet<>(values).size() == values.size()
                    ? Optional.empty() : Optional.of("answer.error.chooseFromList");
            case FREE_TEXT -> values.size() == 1 && values.get(0).codePointCount(0, values.get(0).length()) <= maxLength
                    ? Optional.empty() : Optional.of("answer.error.tooLong");
            case RATING -> values.size() == 1 && isNumberBetween(values.get(0), 1, scaleMax)
                    ? Optional.empty() : Optional.of("answer.error.rating");
            case RANKING -> isRanking(values) ? Optional.empty() : Optional.of("answer.error.ranking");
        };
    }

    private String requiredKey() {
        return switch (type) {
            case SINGLE_CHOICE, RATING -> "answer.error.required.choose";
            case MULTIPLE_CHOICE -> "answer.error.required.chooseAny";
            case FREE_TEXT -> "answer.error.required.text";
            case RANKING -> "answer.error.ranking";
        };
    }

    /** Every option ranked, each rank from 1 to the number of options used exactly once. */
    private boolean isRanking(List<String> ranks) {
        int count = optionCount();
        if (ranks.size() != count) {
            return false;
        }
        var seen = new HashSet<String>();
        return ranks.stream().allMatch(rank -> isNumberBetween(rank, 1, count) && seen.add(rank.trim()));
    }

    private boolean isOptionNumber(String value) {
        return isNumberBetween(value, 1, optionCount());
    }

    private static boolean isNumberBetween(String value, int low, int high) {
        try {
            int number = Integer.parseInt(value.trim());
            return number >= low && number <= high;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** How many options the question has (counted in English, which every question has). */
    public int optionCount() {
        return (int) options.stream().filter(o -> o.getLanguage().equals(ENGLISH)).count();
    }

    /** Option labels in option order, in the language where translated, else English. */
    public List<String> optionLabels(String language) {
        var labels = new ArrayList<String>();
        for (int number = 1; number <= optionCount(); number++) {
            int n = number;
            labels.add(options.stream().filter(o -> o.getNumber() == n && o.getLanguage().equals(language)).findFirst()
                    .or(() -> options.stream().filter(o -> o.getNumber() == n
                            && o.getLanguage().equals(ENGLISH)).findFirst())
                    .map(QuestionOption::getLabel).orElseThrow());
        }
        return labels;
    }



    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public int getPage() {
        return page;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }
}
