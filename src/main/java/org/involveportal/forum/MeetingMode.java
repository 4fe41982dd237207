package org.involveportal.forum;

/** How a group meets. Names come from the bundle: meetingMode.<NAME>. */
public enum MeetingMode {
    IN_PERSON,
    ONLINE,
    BOTH;

    /** Whether a group meeting this way suits someone looking for {@code wanted} (in person or online). */
    public boolean suits(MeetingMode wanted) {
        return wanted == null || this == wanted || this == BOTH || wanted == BOTH;
    }
}
