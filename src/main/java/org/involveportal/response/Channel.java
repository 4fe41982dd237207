package org.involveportal.response;

/** How a response reached us: online through the portal, or entered by staff from another channel. */
public enum Channel {
    ONLINE, PAPER, PHONE, EVENT, SUPPORTED
}
