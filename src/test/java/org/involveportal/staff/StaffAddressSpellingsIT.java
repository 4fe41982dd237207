package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.involveportal.i18n.Language;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.involveportal.testsupport.RawHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No spelling of an address reaches a staff page. The staff home, a page of each role and every servlet,
 * found from the source at test time, are asked for under every language prefix in 26 spellings (double and triple slashes,
 * dot segments, encoded slashes and backslashes, raw backslashes, case changes, path parameters,
 * encoded letters and control characters), and every other page in the seven that write its own name
 * differently (case, path parameter, .xhtml, an encoded letter, a trailing slash), by an anonymous visitor
 * and by a signed-in resident. The
 * only answers allowed are a redirect to the staff sign-in, 400 and 404. Sent over raw sockets, so each
 * spelling reaches the server exactly as written.
 */
@ExtendWith(PortalExtension.class)
class StaffAddressSpellingsIT {

    /** How an attacker might spell {@code /staff/page} after a prefix; {@code p} is the page's own name. */
    static final List<UnaryOperator<String>> SPELLINGS = List.of(
            p -> "/staff/" + p,
            p -> "//staff/" + p,
            p -> "///staff/" + p,
            p -> "/./staff/" + p,
            p -> "/x/../staff/" + p,
            p -> "/staff//" + p,
            p -> "/staff/./" + p,
            p -> "/%2Fstaff/" + p,
            p -> "/%2fstaff%2f" + p,
            p -> "/%5Cstaff/" + p,
            p -> "/\\staff/" + p,
            p -> "/staff\\" + p,
            p -> "/STAFF/" + p,
            p -> "/Staff/" + p.toUpperCase(Locale.ROOT),
            p -> "/staff/" + p + ";jsessionid=0123456789",
            p -> "/staff;x=1/" + p,
            p -> "/staff/" + p + ".xhtml",
            p -> "/staff/" + p + ".XHTML",
            p -> "/%73taff/" + p,
            p -> "/staff/" + encodeFirst(p),
            p -> "/staff/" + p + "/",
            p -> "/%2e/staff/" + p,
            p -> "/%2e%2e/staff/" + p,
            p -> "/.%2e/staff/" + p,
            p -> "/staff/" + p + "%00",
            p -> "/staff/" + p + "%0d%0aX-Injected:%20yes");

    /** Spellings that change how the page's own name is written, tried on every page. */
    static final List<UnaryOperator<String>> OWN_NAME_SPELLINGS = List.of(SPELLINGS.get(0), SPELLINGS.get(13), SPELLINGS.get(14),
            SPELLINGS.get(16), SPELLINGS.get(17), SPELLINGS.get(19), SPELLINGS.get(20));

    /** The plain address, each language's prefix and the explicit English one. */
    static List<String> prefixes() {
        var prefixes = new ArrayList<String>();
        prefixes.add("");
        prefixes.add("/en");
        for (Language language : Language.values()) {
            if (language != Language.DEFAULT) {
                prefixes.add(language.pathPrefix());
            }
        }
        return prefixes;
    }

    /** The staff pages and servlets, by name after /staff/: "" is the staff home. */
    static List<String> staffNames() {
        var names = new ArrayList<String>();
        for (String page : StaffAccessIT.staffPages()) {
            if (!StaffPageAccess.isSignInPage(page)) {
                names.add(page.equals("index") ? "" : page);
            }
        }
        for (String servlet : StaffAccessIT.staffServlets()) {
            names.add(servlet.substring("staff/".length()));
        }
        return names;
    }

    @Test
    @DisplayName("Staff pages and servlets in 26 spellings (every page in those of its own name) × every language prefix,"
            + " anonymous and as a resident: only sign-in, 400 or 404")
    void noSpellingReachesAStaffPage(EmbeddedPortal portal) throws Exception {
        var resident = ResidentSignIns.signedUpAndVerified(portal, "spellings-" + System.nanoTime() + "@example.org",
                "Quietly mossy harbour lantern 2027");
        String residentCookie = resident.cookieHeader();
        assertThat(residentCookie).as("the resident's session").contains("INVOLVE_SESSION=");
        assertThat(resident.get("account").statusCode()).as("signed in as a resident").isEqualTo(200);

        // Every spelling of every address for the staff home, a page of each role and every servlet (each servlet
        // has a mapping of its own); for every other page, the spellings that carry its own name differently.
        var servlets = StaffAccessIT.staffServlets().stream().map(servlet -> servlet.substring("staff/".length())).toList();
        var everySpelling = new java.util.HashSet<>(servlets);
        everySpelling.addAll(List.of("", "audit", "consultation-edit", "consultation-publish", "analysis", "expenses"));
        var targets = new ArrayList<String>();
        for (String prefix : prefixes()) {
            for (String name : staffNames()) {
                var spellings = everySpelling.contains(name) ? SPELLINGS : OWN_NAME_SPELLINGS;
                for (var spelling : spellings) {
                    targets.add(prefix + spelling.apply(name));
                }
            }
        }
        assertThat(prefixes()).hasSize(Language.values().length + 1);
        var tried = new AtomicInteger();
        var wrong = new ConcurrentLinkedQueue<String>();
        String base = portal.baseUrl();
        targets.parallelStream().forEach(target -> {
            for (String cookie : new String[] {null, residentCookie}) {
                var reply = RawHttp.send(base, "GET", target, cookie);
                tried.incrementAndGet();
                if (!allowed(reply)) {
                    wrong.add((cookie == null ? "anonymous " : "resident ") + target + " -> " + reply.status() + " "
                            + reply.header("location"));
                }
                if (reply.header("x-injected") != null) {
                    wrong.add(target + " split the response");
                }
            }
        });
        System.out.printf("Staff address spellings: %d requests (%d addresses, %d of them in %d spellings and the rest in %d,"
                + " × %d prefixes × 2 visitors)%n", tried.get(), staffNames().size(), everySpelling.size(), SPELLINGS.size(),
                OWN_NAME_SPELLINGS.size(), prefixes().size());
        assertThat(tried.get()).isEqualTo(targets.size() * 2).isGreaterThan(10_000);
        assertThat(wrong).as("answers other than sign-in, 400 or 404").isEmpty();
        for (String cookie : new String[] {null, residentCookie}) {
            var home = RawHttp.send(base, "GET", "/staff/", cookie);
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.header("location")).endsWith("/staff/sign-in");
        }
        assertThat(resident.get("account").statusCode()).as("still signed in as a resident").isEqualTo(200);
    }

    private static boolean allowed(RawHttp.Reply reply) {
        if (reply.status() == 400 || reply.status() == 404) {
            return true;
        }
        String location = reply.header("location");
        if (location == null) {
            return false;
        }
        // The server itself tidies "/staff;x=1/..." to the staff home (301) before the portal sees it;
        // that address is itself one that sends to sign-in, which the test checks separately.
        return (reply.status() == 302 && location.endsWith("/staff/sign-in"))
                || (reply.status() == 301 && java.net.URI.create(location).getPath().matches("(/cy)?/staff/"));
    }

    private static String encodeFirst(String name) {
        return name.isEmpty() ? "%69ndex" : String.format("%%%02X", (int) name.charAt(0)) + name.substring(1);
    }
}
