package org.involveportal.content;

/** Who a consultation (or group) is for; residents filter by it. Names: clientGroup.<NAME>. */
public enum ClientGroup {
    EVERYONE,
    OLDER_PEOPLE,
    CARERS,
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    PHYSICAL_DISABILITY,
    SENSORY_IMPAIRMENT
}
