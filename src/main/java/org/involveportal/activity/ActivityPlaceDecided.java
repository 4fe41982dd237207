package org.involveportal.activity;

/** Staff chose someone interested to take part in an activity, or not this time; fired in the deciding transaction. */
public record ActivityPlaceDecided(long interestId, boolean chosen) {
}
