package org.involveportal.register;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.joining.GroupMessageForm;
import org.involveportal.platform.NotOnPublicPages;

/**
 * An invitation staff sent to the people a register search found: the words in English and, when anyone on
 * the list writes in Welsh, Welsh; what it invites to; the search in words; and who it went to and how, so
 * the letters for those who chose post can be printed later.
 */
@Entity
@NotOnPublicPages
@Cacheable(false)
@Table(name = "register_invitation")
public class RegisterInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The address of what it invites to, under the portal (/activities/slug), or null. */
    @Column(name = "about", length = 300)
    private String about;

    @Column(name = "criteria", nullable = false, length = 1000)
    private String criteria;

    @Column(name = "subject_en", nullable = false, length = 200)
    private String subjectEnglish;

    @Column(name = "body_en", nullable = false)
    private String bodyEnglish;

    @Column(name = "subject_cy", length = 200)
    private String subjectWelsh;

    @Column(name = "body_cy")
    private String bodyWelsh;

    @Column(name = "sent_by", nullable = false, length = 320)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "emailed", nullable = false)
    private int emailed;

    @Column(name = "not_emailed", nullable = false)
    private int notEmailed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "register_invitation_recipient", joinColumns = @JoinColumn(name = "invitation_id"))
    private List<InvitationRecipient> recipients = new ArrayList<>();

    protected RegisterInvitation() {
        // for JPA
    }

    RegisterInvitation(String about, String criteria, GroupMessageForm form, String sentBy, Instant sentAt) {
        this.about = about;
        this.criteria = criteria.length() > 1000 ? criteria.substring(0, 1000) : criteria;
        this.subjectEnglish = form.subject(Language.ENGLISH);
        this.bodyEnglish = form.body(Language.ENGLISH);
        this.subjectWelsh = form.subject(Language.WELSH);
        this.bodyWelsh = form.body(Language.WELSH);
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    void reached(InvitationRecipient recipient, boolean byEmail) {
        recipients.add(recipient);
        if (byEmail) {
            emailed++;
        } else {
            notEmailed++;
        }
    }

    public String subjectIn(Language language) {
        return language == Language.WELSH && subjectWelsh != null ? subjectWelsh : subjectEnglish;
    }

    public String bodyIn(Language language) {
        return language == Language.WELSH && bodyWelsh != null ? bodyWelsh : bodyEnglish;
    }

    public boolean hasWelsh() {
        return subjectWelsh != null && bodyWelsh != null;
    }

    public Long getId() {
        return id;
    }

    public String getAbout() {
        return about;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getEmailed() {
        return emailed;
    }

    public int getNotEmailed() {
        return notEmailed;
    }

    public List<InvitationRecipient> getRecipients() {
        return recipients;
    }
}
