package org.involveportal.formats;

/** What happened to a request, for the emails sent once it has committed. */
public final class FormatRequestEvents {

    private FormatRequestEvents() {
    }

    /** A request was kept: the person is sent its acknowledgement. */
    public record Made(long requestId) {
    }

    /**
     * A request was marked sent: the person is told, with the private link's token when there is a file (the token
     * lives only in this event and the email; the database keeps its hash).
     */
    public record Sent(long requestId, String token) {
        @Override
        public String toString() {
            return "Sent[requestId=" + requestId + "]";
        }
    }
}
