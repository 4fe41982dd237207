package org.involveportal.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;

/**
 * The decision trail on a consultation's public page, as a reader sees it: each step's heading and state in words,
 * who and when in their language, links and words (a summary, the decision) marked with the language they are in.
 */
@Named("decisionTrail")
@RequestScoped
public class DecisionTrailView {

    @Inject
    private DecisionService decisions;

    @Inject
    private Messages messages;

    /** One step as shown: id for the page ("trail-proposal"), bundle keys, and what is known. */
    public record Shown(String id, String step, String state, String who, String when, String link, String words,
                        Language wordsLanguage, String meeting, List<ShownItem> items) {
    }

    /** One item done afterwards, as shown. */
    public record ShownItem(String title, Language titleLanguage, String path, String status, String when) {
    }

    /** The trail of a consultation, in order. */
    public List<Shown> steps(String slug) {
        Language reader = messages.getLanguage();
        Language dates = messages.languageOf("trail.heading");
        return decisions.trail(slug, reader).stream().map(step -> new Shown(
                "trail-" + step.step().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                step.step().name(), step.state().name(), step.who(),
                step.day() == null ? null : DateFormatting.date(step.day(), dates),
                step.link(), step.words(),
                step.wordsLanguage() == null ? null : Language.fromTag(step.wordsLanguage()).orElse(Language.DEFAULT),
                step.meeting(),
                step.items().stream().map(item -> new ShownItem(item.title(), item.titleLanguage(), item.path(), item.status(),
                        item.updatedAt() == null ? null : DateFormatting.date(item.updatedAt(), dates))).toList()))
                .toList();
    }
}
