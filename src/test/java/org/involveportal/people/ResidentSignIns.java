package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;

/** Residents' accounts made from tests over plain HTTP: sign up, confirm from the email, signed in. */
public final class ResidentSignIns {

    static final String VERIFY_SUBJECT = "Confirm your email address for Involve";
    static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify/[A-Za-z0-9_-]{43}");

    private ResidentSignIns() {
    }

    /** Signs up over HTTP and returns the confirmation token from the email. */
    public static String signUp(StaffSignIns.Client client, EmbeddedPortal portal, String email, String password) throws Exception {
        int before = confirmations(portal, email);
        var response = client.post("account/sign-up", "email=" + StaffSignIns.encode(email) + "&password=" + StaffSignIns.encode(password));
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/account/check-email?sent=sign-up");
        for (int attempt = 0; attempt < 100 && confirmations(portal, email) <= before; attempt++) {
            Thread.sleep(100);
        }
        var message = Arrays.stream(portal.mail().getReceivedMessages()).filter(m -> isConfirmationTo(m, email)).skip(before)
                .findFirst().orElseThrow(() -> new AssertionError("No confirmation email to " + email));
        var link = VERIFY_LINK.matcher(String.valueOf(message.getContent()));
        assertThat(link.find()).as("a link in the email").isTrue();
        return link.group().substring(link.group().length() - 43);
    }

    /** A new resident account, confirmed, and a client signed in to it. */
    public static StaffSignIns.Client signedUpAndVerified(EmbeddedPortal portal, String email, String password) throws Exception {
        var client = new StaffSignIns.Client(portal);
        String token = signUp(client, portal, email, password);
        var verified = client.post("account/verify/" + token, "");
        assertThat(verified.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile?welcome=true");
        return client;
    }

    private static int confirmations(EmbeddedPortal portal, String email) {
        return (int) Arrays.stream(portal.mail().getReceivedMessages()).filter(m -> isConfirmationTo(m, email)).count();
    }

    private static boolean isConfirmationTo(MimeMessage message, String email) {
        try {
            return VERIFY_SUBJECT.equals(message.getSubject())
                    && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
