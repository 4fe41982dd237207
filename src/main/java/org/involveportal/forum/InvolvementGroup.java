package org.involveportal.forum;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;

/**
 * A standing forum, reference group, board or panel residents can join: what it is about, who it is
 * for, how and where it meets, the support it offers and what members are given for their time, with
 * its words in each language (English required). A group with eligibility rules needs staff to approve
 * each request to join; others are joined at once.
 */
@Entity
@Table(name = "involvement_group")
public class InvolvementGroup extends TranslatedContent<GroupText> {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode", nullable = false, length = 20)
    private MeetingMode meetingMode = MeetingMode.IN_PERSON;

    @Column(name = "area", length = 100)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment", nullable = false, length = 20)
    private Payment payment = Payment.NONE;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "listed", nullable = false)
    private boolean listed = true;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "involvement_group_text", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, GroupText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "involvement_group_topic", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "topic", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "involvement_group_client_group", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "client_group", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<ClientGroup> clientGroups = EnumSet.noneOf(ClientGroup.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "involvement_group_support", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "support", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Support> support = EnumSet.noneOf(Support.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "involvement_group_easy_read_idea", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    private List<EasyReadIdea> easyReadIdeas = new ArrayList<>();

    protected InvolvementGroup() {
        // for JPA
    }

    @Override
    protected Map<String, GroupText> texts() {
        return texts;
    }

    @Override
    protected List<EasyReadIdea> easyReadIdeas() {
        return easyReadIdeas;
    }

    public InvolvementGroup(String slug, GroupText english) {
        this.slug = slug;
        this.texts.put(ENGLISH, english);
    }

    /** How, where and on what terms the group meets (everything but its words). */
    public InvolvementGroup arrange(MeetingMode mode, String newArea, Payment newPayment, boolean approval,
                                    String email, String phone) {
        this.meetingMode = mode == null ? MeetingMode.IN_PERSON : mode;
        this.area = newArea == null || newArea.isBlank() ? null : newArea.trim();
        this.payment = newPayment == null ? Payment.NONE : newPayment;
        this.needsApproval = approval;
        this.contactEmail = email == null || email.isBlank() ? null : email.trim();
        this.contactPhone = phone == null || phone.isBlank() ? null : phone.trim();
        return this;
    }






    public void replaceTopicsGroupsAndSupport(Set<Topic> newTopics, Set<ClientGroup> newGroups, Set<Support> newSupport) {
        topics.clear();
        topics.addAll(newTopics);
        clientGroups.clear();
        clientGroups.addAll(newGroups);
        support.clear();
        support.addAll(newSupport);
    }

    public InvolvementGroup addTopics(Topic... added) {
        topics.addAll(List.of(added));
        return this;
    }

    public InvolvementGroup addClientGroups(ClientGroup... added) {
        clientGroups.addAll(List.of(added));
        return this;
    }

    public InvolvementGroup addSupport(Support... added) {
        support.addAll(List.of(added));
        return this;
    }





    /**
     * Whether the group is in a directory search: every filter given must match (a group for everyone
     * suits anyone; a group meeting both ways suits in person and online).
     */
    public boolean matches(Topic topic, ClientGroup who, MeetingMode mode, String wantedArea) {
        return (topic == null || topics.contains(topic))
                && (who == null || clientGroups.contains(who) || clientGroups.contains(ClientGroup.EVERYONE))
                && (mode == null || meetingMode.suits(mode))
                && (wantedArea == null || wantedArea.equalsIgnoreCase(area));
    }

    /** What happens when a resident asks to join: approval needed where the group has eligibility rules. */
    public GroupMembership.Status joiningStatus() {
        return needsApproval ? GroupMembership.Status.REQUESTED : GroupMembership.Status.MEMBER;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public MeetingMode getMeetingMode() {
        return meetingMode;
    }

    public String getArea() {
        return area;
    }

    public Payment getPayment() {
        return payment;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isListed() {
        return listed;
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<ClientGroup> getClientGroups() {
        return Set.copyOf(clientGroups);
    }

    public Set<Support> getSupport() {
        return Set.copyOf(support);
    }
}
