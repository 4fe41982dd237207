package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Optional;
import org.involveportal.testsupport.EmbeddedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(EmbeddedPortal.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    @DisplayName("A message reaches the SMTP server with its Welsh text, subject and language intact")
    void sendsUtf8WithLanguage() throws Exception {
        var sender = new MailSender(new MailSender.Settings("127.0.0.1", smtp.getSmtp().getPort(), false,
                Optional.empty(), Optional.empty(), "involve@example.gov.uk"));

        sender.send("preswylydd@example.org", "Diolch – eich cyfeirnod", "Diolch am ateb. Eich cyfeirnod yw ŵ-123 ✓", "cy");

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Diolch – eich cyfeirnod");
        assertThat(received[0].getContentLanguage()).containsExactly("cy");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("involve@example.gov.uk");
        assertThat(GreenMailUtil.getBody(received[0])).isNotEmpty();
        assertThat(received[0].getContent().toString().trim()).isEqualTo("Diolch am ateb. Eich cyfeirnod yw ŵ-123 ✓");
    }
}
