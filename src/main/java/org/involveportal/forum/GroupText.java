package org.involveportal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A group's words in one language. Values are immutable: change one by putting a new instance. */
@Embeddable
public class GroupText implements LanguageText {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "purpose", nullable = false, length = 2000)
    private String purpose;

    @Column(name = "who_can_join", length = 2000)
    private String whoCanJoin;

    @Column(name = "meeting_pattern", length = 1000)
    private String meetingPattern;

    @Column(name = "venue", length = 500)
    private String venue;

    @Column(name = "venue_access", length = 2000)
    private String venueAccess;

    @Column(name = "time_commitment", length = 1000)
    private String timeCommitment;

    @Column(name = "expenses", length = 1000)
    private String expenses;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "eligibility", length = 2000)
    private String eligibility;

    protected GroupText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("NAME", name);
        parts.put("PURPOSE", purpose);
        parts.put("WHO_CAN_JOIN", whoCanJoin);
        parts.put("MEETING_PATTERN", meetingPattern);
        parts.put("VENUE", venue);
        parts.put("VENUE_ACCESS", venueAccess);
        parts.put("TIME_COMMITMENT", timeCommitment);
        parts.put("EXPENSES", expenses);
        parts.put("CONTACT_NAME", contactName);
        parts.put("ELIGIBILITY", eligibility);
        return parts;
    }

    public GroupText(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    /** All the words at once (blank parts become null). */
    public static GroupText of(String name, String purpose, String whoCanJoin, String meetingPattern, String venue,
                               String venueAccess, String timeCommitment, String expenses, String contactName,
                               String eligibility) {
        var text = new GroupText(name, purpose);
        text.whoCanJoin = blankToNull(whoCanJoin);
        text.meetingPattern = blankToNull(meetingPattern);
        text.venue = blankToNull(venue);
        text.venueAccess = blankToNull(venueAccess);
        text.timeCommitment = blankToNull(timeCommitment);
        text.expenses = blankToNull(expenses);
        text.contactName = blankToNull(contactName);
        text.eligibility = blankToNull(eligibility);
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getWhoCanJoin() {
        return whoCanJoin;
    }

    public String getMeetingPattern() {
        return meetingPattern;
    }

    public String getVenue() {
        return venue;
    }

    public String getVenueAccess() {
        return venueAccess;
    }

    public String getTimeCommitment() {
        return timeCommitment;
    }

    public String getExpenses() {
        return expenses;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEligibility() {
        return eligibility;
    }
}
