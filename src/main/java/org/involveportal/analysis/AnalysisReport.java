package org.involveportal.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;
import org.involveportal.equality.ReachReport;
import org.involveportal.platform.Percent;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.Channel;
import org.involveportal.platform.ExportTable;

/**
 * Everything the analysis page and the figures export show for one consultation and filter, as the
 * texts people read: the page and the exports are built from the same report, so they always agree.
 * Percentages are of those who answered the question ({@link Percent}).
 */
public record AnalysisReport(
        String title,
        AnsweringAs filter,
        long total,
        List<Figure> byChannel,
        List<Figure> byAnsweringAs,
        List<Figure> byWeek,
        List<QuestionFigures> questions,
        ReachReport reach) {

    /** One row of a table and its bar: a label, a count and its percentage. */
    public record Figure(String label, long count, String percent, double bar) {
    }

    /** A question's figures; for free text, the themes and how many answers each is coded with. */
    public record QuestionFigures(long id, int number, String text, QuestionType type, long answered,
                                  String base, List<Figure> rows) {

        public boolean isFreeText() {
            return type == QuestionType.FREE_TEXT;
        }
    }

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Counts from the service, words from {@code text} (a bundle lookup in the staff's language). */
    public static AnalysisReport build(Consultation consultation, AnsweringAs filter, AnalysisService counts,
                                       ReachReport reach, Function<String, String> text) {
        long id = consultation.getId();
        long total = counts.sentResponses(id, filter);
        var byChannel = new ArrayList<Figure>();
        for (Map.Entry<Channel, Long> entry : counts.sentResponsesByChannel(id, filter).entrySet()) {
            byChannel.add(figure(text.apply("analysis.channel." + entry.getKey().name()), entry.getValue(), total));
        }
        var byAnsweringAs = new ArrayList<Figure>();
        for (Map.Entry<AnsweringAs, Long> entry : counts.sentResponsesByAnsweringAs(id, filter).entrySet()) {
            byAnsweringAs.add(figure(text.apply("answeringAs." + entry.getKey().name()), entry.getValue(), total));
        }
        var byWeek = new ArrayList<Figure>();
        for (Map.Entry<LocalDate, Long> entry : counts.sentResponsesByWeek(id, filter).entrySet()) {
            byWeek.add(figure(WEEK.format(entry.getKey()), entry.getValue(), total));
        }
        Map<Long, Long> answered = counts.answeredPerQuestion(id, filter);
        Map<Long, Map<Integer, Long>> values = counts.valueCounts(id, filter);
        Map<Long, Long> themeCounts = counts.themeCounts(id, filter);
        var themes = counts.themes(id);
        var questions = new ArrayList<QuestionFigures>();
        int number = 0;
        for (Question question : consultation.getQuestions()) {
            number++;
            long qid = question.getId();
            long base = answered.getOrDefault(qid, 0L);
            var found = values.getOrDefault(qid, Map.of());
            var rows = new ArrayList<Figure>();
            switch (question.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> {
                    var labels = question.optionLabels("en");
                    for (int option = 1; option <= labels.size(); option++) {
                        rows.add(figure(labels.get(option - 1), found.getOrDefault(option, 0L), base));
                    }
                }
                case RATING -> {
                    for (int rating = 1; rating <= question.getScaleMax(); rating++) {
                        rows.add(figure(String.valueOf(rating), found.getOrDefault(rating, 0L), base));
                    }
                }
                case FREE_TEXT -> themes.stream().filter(t -> t.questionId() == qid)
                        .forEach(t -> rows.add(figure(t.name(), themeCounts.getOrDefault(t.id(), 0L), base)));
                default -> throw new IllegalStateException("Unknown question type");
            }
            questions.add(new QuestionFigures(qid, number, question.textIn("en").getText(), question.getType(), base,
                    text.apply("analysis.base." + question.getType().name()), rows));
        }
        return new AnalysisReport(consultation.textIn("en").getTitle(), filter, total, byChannel, byAnsweringAs, byWeek,
                questions, reach);
    }

    private static Figure figure(String label, long count, long of) {
        return new Figure(label, count, Percent.of(count, of), Percent.value(count, of));
    }

    /** The figures as one table for CSV and XLSX: the same words and numbers as the page. */
    public ExportTable figuresTable(Function<String, String> text) {
        var table = new ExportTable(text.apply("analysis.export.section"), text.apply("analysis.export.question"),
                text.apply("analysis.export.answer"), text.apply("analysis.export.count"),
                text.apply("analysis.export.percent"), text.apply("analysis.export.baseline"));
        String who = filter == null ? text.apply("analysis.filter.everyone") : text.apply("answeringAs." + filter.name());
        table.row(text.apply("analysis.filter.label"), "", who, null, "", "");
        table.row(text.apply("analysis.responses"), "", text.apply("analysis.responses.total"), total, "", "");
        byChannel.forEach(f -> table.row(text.apply("analysis.byChannel"), "", f.label(), f.count(), f.percent(), ""));
        byAnsweringAs.forEach(f -> table.row(text.apply("analysis.byAnsweringAs"), "", f.label(), f.count(), f.percent(), ""));
        byWeek.forEach(f -> table.row(text.apply("analysis.byWeek"), "", f.label(), f.count(), f.percent(), ""));
        for (var question : questions) {
            String section = text.apply("analysis.question.number").replace("{number}", String.valueOf(question.number()));
            table.row(section, question.text(), text.apply("analysis.answered"), question.answered(), "", "");
            String prefix = question.isFreeText() ? text.apply("analysis.export.theme") + ": " : "";
            question.rows().forEach(f -> table.row(section, question.text(), prefix + f.label(), f.count(), f.percent(), ""));
        }
        table.row(text.apply("reach.heading"), "", text.apply("reach.total"), countCell(reach.total()), "", reach.source());
        for (var question : reach.questions()) {
            for (var row : question.rows()) {
                table.row(text.apply("reach.heading"), question.text(), row.label(), countCell(row.count()), row.percent(),
                        row.baseline());
            }
        }
        return table;
    }

    /** A count as a number a spreadsheet can add, or the words that stand for a suppressed one. */
    private static Object countCell(String shown) {
        return shown.matches("\\d+") ? (Object) Long.valueOf(shown) : shown;
    }
}
