package org.involveportal.joining;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.i18n.Language;
import org.involveportal.platform.NotOnPublicPages;

/** A message staff sent to a group's members, in English and, where members write in Welsh, Welsh. */
@Entity
@NotOnPublicPages
@Cacheable(false)
@Table(name = "group_message")
public class GroupMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

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

    protected GroupMessage() {
        // for JPA
    }

    GroupMessage(long groupId, GroupMessageForm form, String sentBy, Instant sentAt) {
        this.groupId = groupId;
        this.subjectEnglish = form.subject(Language.ENGLISH);
        this.bodyEnglish = form.body(Language.ENGLISH);
        this.subjectWelsh = form.subject(Language.WELSH);
        this.bodyWelsh = form.body(Language.WELSH);
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    void counted(int emailedCount, int notEmailedCount) {
        this.emailed = emailedCount;
        this.notEmailed = notEmailedCount;
    }

    /** The subject in the language asked for: Welsh when written in Welsh, otherwise English. */
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

    public long getGroupId() {
        return groupId;
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
}
