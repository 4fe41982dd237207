package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.involveportal.demo.DemoStaff;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who can reach the back office at all: every staff address, found from the pages and servlets in the
 * source at test time so a new page is covered the day it is added, sends an anonymous visitor and a
 * signed-in resident to the staff sign-in page, however it is spelled. Staff sessions end after eight
 * hours whatever the activity, and after 30 idle minutes.
 */
@ExtendWith(PortalExtension.class)
class StaffAccessIT {

    private static final Path STAFF_PAGES = Path.of("src", "main", "webapp", "staff");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern STAFF_SERVLET = Pattern.compile("@WebServlet\\s*\\(([^)]*)\\)");
    private static final Pattern STAFF_PATH = Pattern.compile("\"(/staff/[^\"*]*)\"");
    /** The pages that must stay open: the way in. All the others need a signed-in member of staff. */
    private static final Set<String> SIGN_IN_PAGES = Set.of("sign-in", "sign-in-code", "set-up-sign-in", "sign-out");

    /** Every page under src/main/webapp/staff, by its address without .xhtml: "staff/", "staff/accounts", ... */
    static List<String> staffPages() {
        try (Stream<Path> files = Files.list(STAFF_PAGES)) {
            var pages = new TreeSet<String>();
            files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".xhtml"))
                    .map(name -> name.substring(0, name.length() - ".xhtml".length())).forEach(pages::add);
            assertThat(pages).as("the staff pages are read from " + STAFF_PAGES.toAbsolutePath()).contains("index", "accounts", "sign-in");
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every servlet address under /staff/ named in a @WebServlet in the source. */
    static List<String> staffServlets() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            var servlets = new TreeSet<String>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var annotation = STAFF_SERVLET.matcher(Files.readString(file));
                while (annotation.find()) {
                    var path = STAFF_PATH.matcher(annotation.group(1));
                    while (path.find()) {
                        servlets.add(path.group(1).substring(1));
                    }
                }
            }
            assertThat(servlets).as("the scan finds the servlets we know of").contains("staff/analysis-export", "staff/group-members-export");
            return List.copyOf(servlets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each protected staff address as a visitor could type it: without .xhtml, with it, and the servlets. */
    static List<String> protectedAddresses() {
        var addresses = new ArrayList<String>();
        for (String page : staffPages()) {
            if (SIGN_IN_PAGES.contains(page)) {
                continue;
            }
            addresses.add(page.equals("index") ? "staff/" : "staff/" + page);
            addresses.add("staff/" + page + ".xhtml");
            addresses.add(page.equals("index") ? "cy/staff/" : "cy/staff/" + page); // the back office in Welsh
        }
        addresses.addAll(staffServlets());
        staffServlets().forEach(servlet -> addresses.add("cy/" + servlet));
        // an address that does not exist says no more than one that does
        addresses.add("staff/no-such-page");
        return addresses;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedAddresses")
    @DisplayName("An anonymous visitor is sent to the staff sign-in, for a GET and for a forged POST, at every staff address")
    void anonymousIsSentToSignIn(String address, EmbeddedPortal portal) {
        assertSentToSignIn(address, Http.get(portal.baseUrl() + address));
        assertSentToSignIn(address + " (post)", Http.postForm(portal.baseUrl() + address, "action=create&welsh=on"));
    }

    @Test
    @DisplayName("The sign-in pages stay open: sign-in answers 200, the second step and set-up without a password first go back to sign-in")
    void signInPagesAreOpen(EmbeddedPortal portal) {
        assertThat(staffPages()).as("every way in is known to this test").containsAll(SIGN_IN_PAGES);
        for (String address : List.of("staff/sign-in", "staff/sign-in.xhtml")) {
            var page = Http.get(portal.baseUrl() + address);
            assertThat(page.statusCode()).as(address).isEqualTo(200);
            assertThat(page.body()).as(address).contains("name=\"email\"", "name=\"password\"");
        }
        for (String address : List.of("staff/sign-out", "staff/sign-out.xhtml")) {
            assertThat(Http.get(portal.baseUrl() + address).statusCode()).as(address).isEqualTo(200);
        }
        for (String address : List.of("staff/sign-in-code", "staff/sign-in-code.xhtml", "staff/set-up-sign-in", "staff/set-up-sign-in.xhtml")) {
            assertSentToSignIn(address, Http.get(portal.baseUrl() + address));
        }
    }

    @Test
    @DisplayName("A signed-in resident is no one on the staff side: every staff address sends them to the staff sign-in")
    void residentIsSentToSignIn(EmbeddedPortal portal) throws Exception {
        var resident = ResidentSignIns.signedUpAndVerified(portal, "staff-access-" + System.nanoTime() + "@example.org",
                "Quietly mossy harbour lantern 2027");
        assertThat(resident.get("account").statusCode()).as("signed in as a resident").isEqualTo(200);
        for (String address : protectedAddresses()) {
            assertSentToSignIn(address, resident.get(address));
            assertSentToSignIn(address + " (post)", resident.post(address, "action=create&welsh=on"));
        }
        assertThat(resident.get("account").statusCode()).as("still signed in as a resident").isEqualTo(200);
    }

    @Test
    @DisplayName("An admin-only page is refused to an analyst however its address is spelled")
    void noBackDoorByAnotherSpelling(EmbeddedPortal portal) throws Exception {
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        assertThat(analyst.get("staff/consultations").statusCode()).as("signed in").isEqualTo(200);
        for (String address : List.of("staff/audit", "staff/audit.xhtml", "staff//audit", "staff/./audit", "staff/x/../audit",
                "staff/audit;x=1", "staff/audit.xhtml;x=1", "staff/%61udit", "staff/audit/", "staff/Audit", "staff//audit.xhtml",
                "staff/accounts;x=1", "staff//accounts", "staff//settings", "cy/staff/audit", "cy/staff/audit.xhtml",
                "cy/staff//audit", "cy/staff/audit;x=1", "cy/staff/Audit", "cy/STAFF/audit", "CY/staff/audit", "cy/staff/accounts")) {
            var response = analyst.get(address);
            assertThat(response.statusCode()).as(address).isIn(400, 403, 404);
            assertThat(response.body()).as(address).doesNotContain("admin@example.gov.uk");
        }
    }

    @Test
    @DisplayName("A staff session ends eight hours after signing in, however busy: the next page sends them to sign in")
    void absoluteTimeout(EmbeddedPortal portal) throws Exception {
        String email = "eight-hours-" + System.nanoTime() + "@example.gov.uk";
        StaffSignIns.createAccount(portal, email, StaffRole.ANALYST);
        var staff = StaffSignIns.signedIn(portal, email);
        assertThat(staff.get("staff/consultations").statusCode()).isEqualTo(200);
        try {
            portal.moveClock(StaffAreaFilter.ABSOLUTE_TIMEOUT.minusMinutes(5));
            assertThat(staff.get("staff/consultations").statusCode()).as("seven hours 55 minutes in: still signed in").isEqualTo(200);

            portal.moveClock(StaffAreaFilter.ABSOLUTE_TIMEOUT.plusMinutes(1));
            assertSentToSignIn("eight hours and a minute in", staff.get("staff/consultations"));
            assertSentToSignIn("a forged post after the end", staff.post("staff/response-entry?c=x", "channel=PAPER"));
        } finally {
            portal.moveClock(Duration.ZERO);
        }
        assertSentToSignIn("the session is over, not just refused while the clock was late", staff.get("staff/consultations"));
        assertThat(staff.get("staff/sign-in").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("The 30-minute idle timeout is what the deployed WAR declares, and nothing in the code or server settings overrides it")
    void idleTimeoutConfigured() throws Exception {
        Path war = Path.of(System.getProperty("portal.war"));
        try (var zip = new ZipFile(war.toFile())) {
            var descriptor = zip.getEntry("WEB-INF/web.xml");
            assertThat(descriptor).as("web.xml in " + war).isNotNull();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(zip.getInputStream(descriptor));
            var timeouts = document.getElementsByTagNameNS("*", "session-timeout");
            assertThat(timeouts.getLength()).isEqualTo(1);
            assertThat(timeouts.item(0).getTextContent().trim()).as("minutes").isEqualTo("30");
            for (String vendor : List.of("WEB-INF/glassfish-web.xml", "WEB-INF/payara-web.xml")) {
                var entry = zip.getEntry(vendor);
                if (entry != null) {
                    String text = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).as(vendor + " sets no timeout of its own").doesNotContainIgnoringCase("timeout")
                            .doesNotContain("timeoutSeconds", "maxInactive");
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("setMaxInactiveInterval", "setSessionTimeout");
            }
        }
        Path postBoot = Path.of(System.getProperty("portal.postboot"));
        for (Path commands : List.of(postBoot, org.involveportal.testsupport.PayaraMicroProcess.preBootCommands(postBoot))) {
            assertThat(Files.readString(commands)).as(commands.toString()).contains("set ").doesNotContainIgnoringCase("timeout");
        }
    }

    private static void assertSentToSignIn(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isEqualTo(302);
        // a Welsh staff address sends to the Welsh sign-in, every other to the English one
        assertThat(response.headers().firstValue("Location").orElse("")).as(what)
                .endsWith(what.startsWith("cy/") ? "/cy/staff/sign-in" : "/staff/sign-in");
    }
}
