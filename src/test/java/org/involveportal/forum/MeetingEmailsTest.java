package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeetingEmailsTest {

    private static Meeting meeting() {
        var group = new InvolvementGroup("carers-forum", new GroupText("Carers Forum", "p"));
        group.putText("cy", new GroupText("Fforwm Gofalwyr", "p"));
        var meeting = new Meeting(group, new MeetingText("Short breaks", null), Instant.parse("2027-03-16T10:00:00Z"),
                Instant.parse("2027-03-16T12:00:00Z"), "Carers Centre", null, 12);
        meeting.putText("cy", new MeetingText("Seibiannau byr", null));
        return meeting;
    }

    @Test
    @DisplayName("The place-offered email is in English and Welsh, with London time, the venue and the calendar link")
    void placeOffered() {
        var emails = new MeetingEmails(new MessageCatalog());

        var english = emails.placeOffered(meeting(), Language.ENGLISH, "https://x.example/groups/carers-forum",
                "https://x.example/calendar/meeting-1.ics");
        assertThat(english.subject()).isEqualTo("You have a place: Carers Forum, Tuesday 16 March 2027, 10:00am");
        assertThat(english.body()).startsWith("Good news: a place came free and it is yours.\n\nCarers Forum: Short breaks\n")
                .contains("Where: Carers Centre\n", "Add it to your calendar: https://x.example/calendar/meeting-1.ics");

        var welsh = emails.placeOffered(meeting(), Language.WELSH, "https://x.example/cy/groups/carers-forum",
                "https://x.example/calendar/meeting-1.ics?lang=cy");
        assertThat(welsh.language()).isEqualTo(Language.WELSH);
        assertThat(welsh.subject()).startsWith("Mae gennych le: Fforwm Gofalwyr, ").endsWith("16 Mawrth 2027, 10:00");
        assertThat(welsh.body()).contains("Fforwm Gofalwyr: Seibiannau byr\n", "Ble: Carers Centre");
    }

    @Test
    @DisplayName("A language without the email's words gets it in English, and says so")
    void fallsBackToEnglish() {
        var polish = new MeetingEmails(new MessageCatalog()).reminder(meeting(), Language.POLISH, "l", "c");
        assertThat(polish.language()).isEqualTo(Language.POLISH);
        assertThat(polish.subject()).doesNotContain("Reminder");

        // every shipped bundle is complete: a catalog without the Polish bundle shows the fall back
        var withoutPolish = new MessageCatalog(name -> name.startsWith("messages_pl")
                ? new java.util.Properties() : MessageCatalog.load(name));
        var email = new MeetingEmails(withoutPolish).reminder(meeting(), Language.POLISH, "l", "c");
        assertThat(email.language()).isEqualTo(Language.ENGLISH);
        assertThat(email.subject()).isEqualTo("Reminder: Carers Forum, Tuesday 16 March 2027, 10:00am");
    }
}
