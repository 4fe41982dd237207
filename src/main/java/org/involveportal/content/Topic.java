package org.involveportal.content;

/** What a consultation is about; residents filter by it. Names come from the bundle: topic.<NAME>. */
public enum Topic {
    INVOLVEMENT,
    CARERS_SUPPORT,
    DAY_OPPORTUNITIES,
    TRANSPORT_AND_MOBILITY,
    HOUSING,
    HEALTH_AND_WELLBEING,
    SAFEGUARDING,
    DIRECT_PAYMENTS,
    INFORMATION_AND_ADVICE
}
