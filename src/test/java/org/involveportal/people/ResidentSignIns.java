package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Mailbox;

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
        var message = Mailbox.awaitNth(portal, email, VERIFY_SUBJECT, before + 1);
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
        return Mailbox.to(portal, email, VERIFY_SUBJECT).size();
    }
}
