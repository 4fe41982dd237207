package org.involveportal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/** One consultation's page: what it is about, when it closes, what can change, easy read, documents. */
@Named
@RequestScoped
public class ConsultationPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    @Inject
    private org.involveportal.web.page.Preview preview;

    private boolean previewing;

    private Consultation consultation;
    private ConsultationText text;
    private Language textLanguage;
    private Instant now;

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        consultation = slug == null ? null : consultations.findBySlug(slug).orElse(null);
        if (consultation == null && slug != null && preview.isRequested()) {
            consultation = consultations.findAnyBySlug(slug).orElse(null);
            previewing = consultation != null;
        }
        if (consultation == null) {
            notFound();
            return;
        }
        if (previewing || preview.isRequested()) {
            previewing = true;
            preview.doNotStore();
        }
        String reader = messages.getLanguage().tag();
        text = consultation.textIn(reader);
        textLanguage = consultation.languageShownTo(reader);
        now = consultations.now();
    }

    /** Staff seeing the page before residents can (or checking a published one as a resident sees it). */
    public boolean isPreview() {
        return previewing;
    }

    /** The partner organisation running it with the council, or null. */
    public org.involveportal.partner.PartnerOrganisation getPartner() {
        return consultation.getPartner();
    }

    public long getId() {
        return consultation.getId();
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public ConsultationText getText() {
        return text;
    }

    /** The language the consultation's words are in: the reader's, or English until translated. */
    public Language getTextLanguage() {
        return textLanguage;
    }

    public ConsultationStatus getStatus() {
        return consultation.statusAt(now);
    }

    public boolean isOpen() {
        return getStatus() == ConsultationStatus.OPEN;
    }

    public String getClosingTime() {
        return DateFormatting.time(closingShown(), messages.languageOf("consultation.closesAt"));
    }

    public String getClosingDate() {
        return DateFormatting.date(closingShown(), messages.languageOf("consultation.closesAt"));
    }

    public String getOpeningTime() {
        return DateFormatting.time(consultation.getWindow().opensAt(), messages.languageOf("consultation.opensAt"));
    }

    public String getOpeningDate() {
        return DateFormatting.date(consultation.getWindow().opensAt(), messages.languageOf("consultation.opensAt"));
    }

    private Instant closingShown() {
        return consultation.getWindow().closingAsSaid();
    }

    public long getDaysLeft() {
        return consultation.getWindow().daysLeftAt(now);
    }

    /** EXTENDED or CLOSED_EARLY when a publisher changed the window, else null. */
    public String getWindowChange() {
        return consultation.getWindowChange() == null ? null : consultation.getWindowChange().name();
    }

    /** Why the window was changed: in the reader's language where written, else in English (never left out). */
    public String getWindowChangeReason() {
        return consultation.textIn(consultation.windowChangeReasonLanguage(reader())).getWindowChangeReason();
    }

    public Language getWindowChangeReasonLanguage() {
        return Language.fromTag(consultation.windowChangeReasonLanguage(reader())).orElse(Language.DEFAULT);
    }

    /** Why the window is shorter than twelve weeks: as the reason for a change, in English where not translated. */
    public String getShorterPeriodReason() {
        return consultation.textIn(consultation.shorterPeriodReasonLanguage(reader())).getShorterPeriodReason();
    }

    public Language getShorterPeriodReasonLanguage() {
        return Language.fromTag(consultation.shorterPeriodReasonLanguage(reader())).orElse(Language.DEFAULT);
    }

    private String reader() {
        return messages.getLanguage().tag();
    }

    public boolean isShorterThanStandard() {
        return consultation.getWindow().isShorterThanStandard();
    }

    public List<EasyReadIdea> getEasyRead() {
        return consultation.easyReadIn(messages.getLanguage().tag());
    }

    /** In easy read, a consultation with easy-read ideas leads with them and keeps its full text one step away. */
    public boolean isEasyReadFirst() {
        return messages.getMode().easyRead() && !getEasyRead().isEmpty();
    }

    public List<ConsultationDocument> getDocuments() {
        return consultation.documentsFor(messages.getLanguage().tag());
    }

    public List<Topic> getTopics() {
        return consultation.getTopics().stream().sorted().toList();
    }

    public List<ClientGroup> getClientGroups() {
        return consultation.getClientGroups().stream().sorted().toList();
    }

    /** "1.2 MB", "340 KB": sizes as people read them. */
    public String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.UK, "%.1f MB", bytes / 1_000_000.0);
        }
        return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
    }
}
