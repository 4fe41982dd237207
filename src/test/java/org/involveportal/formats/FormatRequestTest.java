package org.involveportal.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A request's rules: its due date, when it is overdue, the statuses staff move it through, and the produced file's type. */
class FormatRequestTest {

    /** Thursday 25 March 2027, 10:00 in London: the day before Good Friday. */
    private static final Instant BEFORE_EASTER = Instant.parse("2027-03-25T10:00:00Z");

    private static FormatRequest request(Instant at) {
        var form = new FormatRequestForm();
        form.setFormat("LARGE_PRINT");
        form.setName("Siân");
        form.setContactMethod("EMAIL");
        form.setEmail("sian@example.org");
        return new FormatRequest("AF-2222-3333", at, "cy", form);
    }

    @Test
    @DisplayName("Due ten working days on, Easter's bank holidays left out; overdue the day after, not one day earlier")
    void dueAndOverdue() {
        var request = request(BEFORE_EASTER);
        assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(request.isOverdueAt(Instant.parse("2027-04-12T22:59:59Z"))).as("the last minute of the due day, BST").isFalse();
        assertThat(request.isOverdueAt(Instant.parse("2027-04-12T23:00:00Z"))).as("midnight in London").isTrue();
        request.take("editor@example.gov.uk");
        assertThat(request.isOverdueAt(Instant.parse("2027-04-13T12:00:00Z"))).as("still open").isTrue();
        request.markSent(Instant.parse("2027-04-13T12:00:00Z"), null, null);
        assertThat(request.isOverdueAt(Instant.parse("2027-04-20T12:00:00Z"))).as("sent is never overdue").isFalse();
    }

    @Test
    @DisplayName("Cannot do needs a reason; a closed request changes no more")
    void statuses() {
        var request = request(BEFORE_EASTER);
        assertThat(request.getStatus()).isEqualTo(FormatRequest.Status.NEW);
        assertThatThrownBy(() -> request.changeStatus(FormatRequest.Status.CANNOT_DO, " "))
                .hasMessage("formatQueue.error.reason");
        assertThatThrownBy(() -> request.changeStatus(FormatRequest.Status.SENT, null)).hasMessage("formatQueue.error.sendWithButton");
        request.take("editor@example.gov.uk");
        assertThat(request.getStatus()).isEqualTo(FormatRequest.Status.IN_PROGRESS);
        assertThat(request.getHandlerEmail()).isEqualTo("editor@example.gov.uk");
        request.changeStatus(FormatRequest.Status.CANNOT_DO, "We have no Braille printer this month.");
        assertThat(request.getReason()).isEqualTo("We have no Braille printer this month.");
        assertThatThrownBy(() -> request.take("other@example.gov.uk")).hasMessage("formatQueue.error.closed");
        assertThatThrownBy(() -> request.markSent(Instant.now(), null, null)).hasMessage("formatQueue.error.closed");
    }

    @Test
    @DisplayName("The link works only once sent, with a file, before it ends, and a few times")
    void link() {
        var request = request(BEFORE_EASTER);
        request.attach("00000000-0000-0000-0000-000000000000", "leaflet.pdf", FormatFileType.PDF, 100);
        var sent = Instant.parse("2027-04-01T12:00:00Z");
        assertThat(request.linkWorksAt(sent, 5)).as("not sent yet").isFalse();
        request.markSent(sent, "h", sent.plusSeconds(3600));
        assertThat(request.linkWorksAt(sent, 5)).isTrue();
        assertThat(request.linkWorksAt(sent.plusSeconds(3600), 5)).as("ended").isFalse();
        for (int i = 0; i < 5; i++) {
            request.downloaded();
        }
        assertThat(request.linkWorksAt(sent, 5)).as("used up").isFalse();
    }

    @Test
    @DisplayName("A produced file is known by its first bytes, and its name must agree")
    void fileTypes() {
        byte[] pdf = "%PDF-1.7 large print".getBytes();
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] m4a = {0, 0, 0, 32, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '};
        byte[] wav = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'};
        byte[] exe = {'M', 'Z', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(FormatFileType.problemWith("leaflet.pdf", pdf.length, pdf)).isEmpty();
        assertThat(FormatFileType.problemWith("leaflet.MP3", mp3.length, mp3)).isEmpty();
        assertThat(FormatFileType.problemWith("leaflet.m4a", m4a.length, m4a)).isEmpty();
        assertThat(FormatFileType.problemWith("leaflet.wav", wav.length, wav)).isEmpty();
        assertThat(FormatFileType.problemWith("leaflet.pdf", exe.length, exe)).hasValue("formatQueue.error.fileType");
        assertThat(FormatFileType.problemWith("leaflet.mp3", pdf.length, pdf)).hasValue("formatQueue.error.fileType");
        assertThat(FormatFileType.problemWith("leaflet.pdf", FormatFileType.MOST_BYTES + 1, pdf)).hasValue("formatQueue.error.fileTooLarge");
        assertThat(FormatFileType.problemWith("", 0, new byte[0])).hasValue("formatQueue.error.fileNone");
    }
}
