package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.involveportal.platform.ClientLimits;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.FromAddress;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalExtension.class)
class ClientLimitsIT {

    private static final String PASSWORD = "Harbour lantern quietly mossy 2026";
    private static final String ENGLISH_REFUSAL = "Too many emails have been asked for from this computer or network.";
    private static final String WELSH_REFUSAL = "Gofynnwyd am ormod o negeseuon e-bost o'r cyfrifiadur neu'r rhwydwaith hwn.";

    @Test
    @DisplayName("One client asking for emails to address after address (sign-ups and sign-in links together) is refused after 20 in the hour, "
            + "with a message beside the field in its language and the address kept; no email goes out; another client is not affected")
    void emailsPerClient(EmbeddedPortal portal) throws Exception {
        var client = FromAddress.anyLoopback(portal);
        String run = Long.toString(System.nanoTime(), 36);
        var signedUp = new ArrayList<String>();
        for (int i = 0; i < ClientLimits.EMAILS_PER_HOUR; i++) {
            String email = "client-limit-" + run + "-" + i + "@example.org";
            FromAddress.Reply reply;
            if (i % 2 == 0) {
                reply = client.postForm("account/sign-up", form("email", email, "password", PASSWORD));
                signedUp.add(email);
            } else {
                reply = client.postForm("account/sign-in", form("action", "link", "linkEmail", email));
            }
            assertThat(reply.status()).as("request %d from %s", i + 1, client.address()).isEqualTo(302);
            assertThat(reply.header("Location")).as("request %d", i + 1).contains("/account/check-email");
        }

        String refused = "client-limit-" + run + "-refused@example.org";
        var signUp = client.postForm("account/sign-up", form("email", refused, "password", PASSWORD));
        assertThat(signUp.status()).isEqualTo(200);
        var page = Jsoup.parse(signUp.body());
        assertThat(page.select("#email-error").text()).contains(ENGLISH_REFUSAL);
        assertThat(page.select(".error-summary a[href=#email]").text()).contains(ENGLISH_REFUSAL);
        assertThat(page.select("input#email").val()).isEqualTo(refused);

        var welsh = client.postForm("cy/account/sign-in", form("action", "link", "linkEmail", refused));
        assertThat(welsh.status()).isEqualTo(200);
        var welshPage = Jsoup.parse(welsh.body());
        assertThat(welshPage.select("#linkEmail-error").text()).contains(WELSH_REFUSAL);
        assertThat(welshPage.select("input#linkEmail").val()).isEqualTo(refused);

        var other = FromAddress.anyLoopback(portal);
        if (!other.address().equals(client.address())) {
            var elsewhere = other.postForm("account/sign-in", form("action", "link", "linkEmail", refused));
            assertThat(elsewhere.status()).as("from %s", other.address()).isEqualTo(302);
        }

        awaitConfirmationsTo(portal, signedUp);
        assertThat(recipients(portal)).as("no confirmation for the refused sign-up").doesNotContain(refused);
    }

    @Test
    @DisplayName("Behind a trusted proxy each client counts by the address X-Forwarded-For names, never the proxy for all of them; "
            + "the header is ignored from anyone else, so a client cannot borrow another's allowance")
    void behindATrustedProxy(EmbeddedPortal portal) {
        // the test portal trusts 127.0.0.1 as a proxy (PORTAL_TRUSTED_PROXIES), and exempts it as a client
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String client = "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        var viaProxy = FromAddress.at("127.0.0.1", portal).withHeader("X-Forwarded-For", "192.0.2.1, " + client);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < ClientLimits.EMAILS_PER_HOUR; i++) {
            var reply = viaProxy.postForm("account/sign-in", form("action", "link", "linkEmail", "proxied-" + run + "-" + i + "@example.org"));
            assertThat(reply.status()).as("request %d for %s", i + 1, client).isEqualTo(302);
        }
        String refusedEmail = "proxied-" + run + "-refused@example.org";
        var refused = viaProxy.postForm("account/sign-in", form("action", "link", "linkEmail", refusedEmail));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#linkEmail-error").text()).contains(ENGLISH_REFUSAL);

        // another client behind the same proxy; the first client's own part of the header changes nothing
        var neighbour = FromAddress.at("127.0.0.1", portal).withHeader("X-Forwarded-For", client + ", 203.0.113." + random.nextInt(1, 255));
        assertThat(neighbour.postForm("account/sign-in", form("action", "link", "linkEmail", refusedEmail)).status())
                .as("a neighbour behind the proxy").isEqualTo(302);
        // a peer that is not a trusted proxy names the refused client: it is counted as itself
        var spoofer = FromAddress.anyLoopback(portal).withHeader("X-Forwarded-For", client);
        assertThat(spoofer.postForm("account/sign-in", form("action", "link", "linkEmail", refusedEmail)).status())
                .as("from %s, naming someone else", spoofer.address()).isEqualTo(302);
        var blockedNamingTheProxy = FromAddress.at("127.0.0.1", portal).withHeader("X-Forwarded-For", "10.9.9.9, " + client);
        assertThat(blockedNamingTheProxy.postForm("account/sign-in", form("action", "link", "linkEmail", refusedEmail)).status())
                .as("the refused client, whatever it writes to the left").isEqualTo(200);
    }

    /** Waits (by GreenMail's own wait for arriving mail) until each of these addresses has had its email. */
    private static void awaitConfirmationsTo(EmbeddedPortal portal, List<String> emails) throws MessagingException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!recipients(portal).containsAll(emails) && System.nanoTime() < deadline) {
            portal.mail().waitForIncomingEmail(250, portal.mail().getReceivedMessages().length + 1);
        }
        assertThat(recipients(portal)).containsAll(emails);
    }

    private static List<String> recipients(EmbeddedPortal portal) throws MessagingException {
        var all = new ArrayList<String>();
        for (var message : portal.mail().getReceivedMessages()) {
            Arrays.stream(message.getRecipients(Message.RecipientType.TO)).forEach(r -> all.add(r.toString()));
        }
        return all;
    }

    private static String form(String... namesAndValues) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parts.add(StaffSignIns.encode(namesAndValues[i]) + "=" + StaffSignIns.encode(namesAndValues[i + 1]));
        }
        return String.join("&", parts);
    }
}
