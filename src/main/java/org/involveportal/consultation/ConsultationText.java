package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;
import org.involveportal.platform.RichText;

/** A consultation's words in one language. The proposal is staff rich text, sanitised when set. */
@Embeddable
public class ConsultationText implements LanguageText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Lob
    @Column(name = "proposal_html")
    private String proposalHtml;

    @Column(name = "what_can_change", length = 4000)
    private String whatCanChange;

    @Column(name = "what_cannot_change", length = 4000)
    private String whatCannotChange;

    @Column(name = "window_change_reason", length = 2000)
    private String windowChangeReason;

    @Column(name = "shorter_period_reason", length = 2000)
    private String shorterPeriodReason;

    protected ConsultationText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TITLE", title);
        parts.put("SUMMARY", summary);
        parts.put("WHAT_CAN_CHANGE", whatCanChange);
        parts.put("WHAT_CANNOT_CHANGE", whatCannotChange);
        parts.put("PROPOSAL", proposalHtml);
        parts.put("SHORTER_PERIOD_REASON", shorterPeriodReason);
        parts.put("WINDOW_CHANGE_REASON", windowChangeReason);
        return parts;
    }

    public ConsultationText(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    /** The full proposal; whatever HTML it holds is cleaned by the one rich-text policy. */
    public ConsultationText withProposal(String html) {
        this.proposalHtml = RichText.sanitise(html);
        return this;
    }

    public ConsultationText withWhatCanChange(String canChange, String cannotChange) {
        this.whatCanChange = canChange;
        this.whatCannotChange = cannotChange;
        return this;
    }

    /** A copy of these words with a reason for extending or closing early (shown publicly). */
    public ConsultationText withWindowChangeReason(String reason) {
        var copy = new ConsultationText(title, summary);
        copy.proposalHtml = proposalHtml;
        copy.whatCanChange = whatCanChange;
        copy.whatCannotChange = whatCannotChange;
        copy.shorterPeriodReason = shorterPeriodReason;
        copy.windowChangeReason = reason;
        return copy;
    }

    public String getWindowChangeReason() {
        return windowChangeReason;
    }

    public ConsultationText withShorterPeriodReason(String reason) {
        this.shorterPeriodReason = reason;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getProposalHtml() {
        return proposalHtml;
    }

    public String getWhatCanChange() {
        return whatCanChange;
    }

    public String getWhatCannotChange() {
        return whatCannotChange;
    }

    public String getShorterPeriodReason() {
        return shorterPeriodReason;
    }

    boolean hasShorterPeriodReason() {
        return shorterPeriodReason != null && !shorterPeriodReason.isBlank();
    }
}
