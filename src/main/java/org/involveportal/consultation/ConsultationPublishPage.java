package org.involveportal.consultation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.glossary.GlossaryLinks;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.PortalSettings;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;

/**
 * Scheduling and publishing a consultation (staff, publisher role): the first and last day of the
 * window, and the public reason when it is shorter than twelve weeks. Dates are the GOV.UK date input
 * (day, month, year), read as London days. Where the Welsh Language Standards apply, the page lists
 * the Welsh still to write, each with a link to where it is written.
 */
@Named
@RequestScoped
public class ConsultationPublishPage extends PageBean {

    @Inject
    private GlossaryLinks glossary;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private PortalSettings settings;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    private Consultation consultation;
    private boolean welshLanguageStandards;
    private List<WelshGap> welshGaps = List.of();
    private final Map<String, String> typed = new LinkedHashMap<>();
    private List<EasyReadAdvice> easyReadAdvice;
    private List<Overlapping> overlapping = List.of();
    private int overlapThreshold;

    /** Another consultation for the same people in the same weeks, as the page lists it. */
    public record Overlapping(String slug, String title, String opens, String closes) {
    }

    /** One part still to write in Welsh, as the page lists it. */
    public record MissingWelsh(String words, String href) {
    }

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        var window = consultation.getWindow();
        putDay("opens", window.opensAt().atZone(ClockProducer.LONDON).toLocalDate());
        putDay("closes", window.closingDay());
        typed.put("reason-en", nonNull(consultation.textIn("en").getShorterPeriodReason()));
        typed.put("reason-cy", consultation.hasTextIn("cy") ? nonNull(consultation.textIn("cy").getShorterPeriodReason()) : "");
        welshLanguageStandards = settings.welshLanguageStandards();
        if (welshLanguageStandards && !consultation.isPublished()) {
            welshGaps = consultation.missingWelsh();
        }
        if (!consultation.isPublished()) {
            findOverlaps(window);
        }
    }

    /** The others for the same people in the same weeks as {@code window}, and the admins' threshold. */
    private void findOverlaps(ResponseWindow window) {
        overlapThreshold = settings.consultationOverlapThreshold();
        var week = java.time.Duration.ofDays(7);
        var candidates = consultations.publishedDuring(window.opensAt().minus(week), window.closesAt().plus(week));
        Language dates = messages.languageOf("publish.overlap.heading");
        overlapping = ConsultationOverlap.others(consultation, window, candidates).stream()
                .map(c -> new Overlapping(c.getSlug(), c.textIn("en").getTitle(),
                        org.involveportal.i18n.DateFormatting.date(c.getWindow().opensAt(), dates),
                        org.involveportal.i18n.DateFormatting.date(c.getWindow().closingDay(), dates)))
                .toList();
    }

    @Override
    protected void post() {
        if (!allowed("PUBLISHER")) {
            return; // only publishers publish, whatever a forged post says
        }
        if (consultation.isPublished()) {
            // changing a published window is extending or closing early, which needs its own reason
            problem("opens-day", "publish.error.alreadyPublished");
            return;
        }
        for (String field : List.of("opens-day", "opens-month", "opens-year", "closes-day", "closes-month", "closes-year",
                "reason-en", "reason-cy", "easy-read-reason")) {
            typed.put(field, typed(field));
        }
        LocalDate first = day("opens");
        LocalDate last = day("closes");
        for (String field : List.of("reason-en", "reason-cy")) {
            // as the column shorter_period_reason holds it
            if (FormRules.length(typed.get(field)) > 2000) {
                problem(field, "window.error.reasonTooLong");
            }
        }
        if (FormRules.length(typed.get("easy-read-reason")) > 500) {
            problem("easy-read-reason", "publish.easyRead.reasonTooLong"); // it goes into the audit trail, abbreviated
        }
        if (first != null && last != null && !last.isAfter(first)) {
            problem("closes-day", "publish.error.closesAfterOpens");
        } else if (first != null && last != null) {
            // the warning follows the dates as typed, so a page shown again with a problem shows it for them
            findOverlaps(new ResponseWindow(first.atStartOfDay(ClockProducer.LONDON).toInstant(),
                    last.plusDays(1).atStartOfDay(ClockProducer.LONDON).toInstant()));
        }
        if (hasErrors()) {
            return;
        }
        String slug = consultation.getSlug();
        try {
            editing.publish(slug, first, last, typed.get("reason-en"), typed.get("reason-cy"), typed.get("easy-read-reason"),
                    staffMember());
        } catch (EJBException e) {
            if (e.getCause() instanceof ConsultationRuleViolation violation) {
                refused(violation);
                return;
            }
            throw e;
        } catch (ConsultationRuleViolation violation) {
            refused(violation);
            return;
        }
        redirectTo("/staff/consultations?published=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    private void refused(ConsultationRuleViolation violation) {
        if (!(violation instanceof WelshIncomplete incomplete)) {
            problem(fieldFor(violation), violation.messageKey());
            return;
        }
        // a Welsh reason missing is a problem of this page's field; everything else is written elsewhere
        welshGaps = incomplete.gaps().stream().filter(gap -> !isReasonField(gap)).toList();
        if (!welshGaps.isEmpty()) {
            problem("welsh-missing", violation.messageKey());
        }
        if (welshGaps.size() < incomplete.gaps().size()) {
            problem("reason-cy", "publish.error.reasonWelsh");
        }
    }

    private boolean isReasonField(WelshGap gap) {
        return gap.part() == WelshGap.Part.SHORTER_PERIOD_REASON && isWrittenInWelsh();
    }

    private static String fieldFor(ConsultationRuleViolation violation) {
        if (violation.messageKey().equals(Consultation.EASY_READ_UNCHECKED)) {
            return "easy-read-reason";
        }
        if (violation.messageKey().equals(Consultation.IMPACT_ASSESSMENT_NEEDED)) {
            return "eia";
        }
        return violation.messageKey().contains("shorterPeriod") ? "reason-en" : "opens-day";
    }

    /** One easy-read idea the checks have advice on, as the page lists it: which idea, and the advice in words. */
    public record EasyReadAdvice(String idea, List<String> advice) {
    }

    /** The easy-read checks' advice on the saved ideas; when there is any, publishing needs a reason. */
    public List<EasyReadAdvice> getEasyReadAdvice() {
        if (easyReadAdvice == null) { // the view asks twice: whether to show the section, then its list
            easyReadAdvice = adviceInWords();
        }
        return easyReadAdvice;
    }

    private List<EasyReadAdvice> adviceInWords() {
        return consultation.easyReadAdvice(glossary.explainedWords()).stream()
                .map(idea -> new EasyReadAdvice(
                        messages.format2("publish.easyRead.idea", "number", idea.number(), "language", messages.languageName(idea.language())),
                        idea.findings().stream().map(finding -> messages.format(finding.key(), "about", finding.about())).toList()))
                .toList();
    }

    private void putDay(String name, LocalDate day) {
        typed.put(name + "-day", String.valueOf(day.getDayOfMonth()));
        typed.put(name + "-month", String.valueOf(day.getMonthValue()));
        typed.put(name + "-year", String.valueOf(day.getYear()));
    }

    /** The typed date, or null with a problem beside its day field. */
    private LocalDate day(String name) {
        try {
            return LocalDate.of(Integer.parseInt(typed.get(name + "-year").trim()),
                    Integer.parseInt(typed.get(name + "-month").trim()), Integer.parseInt(typed.get(name + "-day").trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problem(name + "-day", "publish.error." + name);
            return null;
        }
    }


    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public List<Overlapping> getOverlapping() {
        return overlapping;
    }

    public int getOverlapThreshold() {
        return overlapThreshold;
    }

    /** Whether this one and the others for the same people in the same weeks are more than the admins allow. */
    public boolean isOverlapWarning() {
        return !consultation.isPublished() && ConsultationOverlap.warns(overlapping.size(), overlapThreshold);
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public boolean isPublished() {
        return consultation.isPublished();
    }

    /** Whether the Welsh reason has a field: there is a Welsh page to show it on. */
    public boolean isWrittenInWelsh() {
        return consultation.hasTextIn(Consultation.WELSH);
    }

    /** Whether the proposal changes a service and its equality impact assessment is still to record. */
    public boolean isImpactAssessmentNeeded() {
        return consultation.needsImpactAssessment();
    }

    public boolean isWelshLanguageStandards() {
        return welshLanguageStandards;
    }

    /** The Welsh still to write (where the Welsh Language Standards apply), each linked to where it is written. */
    public List<MissingWelsh> getWelshMissing() {
        String staff = links.getStaff() + "/";
        return welshGaps.stream().filter(gap -> !isReasonField(gap)).map(gap -> {
            String words = messages.format("publish.welshMissing." + gap.part().name(), "number", gap.questionNumber());
            String href = gap.isQuestionPart() && gap.questionId() != null
                    ? staff + "question-edit?c=" + getSlug() + "&q=" + gap.questionId() + "#" + switch (gap.part()) {
                        case QUESTION_HINT -> "hint-cy";
                        case QUESTION_EASY_READ -> "easy-read-cy";
                        case QUESTION_OPTIONS -> "options-cy";
                        default -> "text-cy";
                    }
                    : staff + "consultation-edit?c=" + getSlug() + "#" + switch (gap.part()) {
                        case SUMMARY -> "summary-cy";
                        case WHAT_CAN_CHANGE -> "canChange-cy";
                        case WHAT_CANNOT_CHANGE -> "cannotChange-cy";
                        case PROPOSAL -> "proposal-cy";
                        case EASY_READ -> "idea-cy-0-text";
                        default -> "title-cy";
                    };
            return new MissingWelsh(words, href);
        }).toList();
    }

    public String value(String field) {
        return typed.get(field);
    }

}
