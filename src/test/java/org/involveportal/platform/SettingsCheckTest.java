package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @TempDir
    Path temp;

    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void goodSettings() {
        settings.put("portal.db.url", "jdbc:mariadb://db.council.example:3306/involve");
        settings.put("portal.uploads.dir", temp.resolve("uploads").toString());
    }

    private List<String> problems() {
        return SettingsCheck.problems(key -> Optional.ofNullable(settings.get(key)), POLICY);
    }

    @Test
    @DisplayName("Good settings, and settings left to their defaults, start the portal")
    void goodSettingsPass() {
        assertThat(problems()).isEmpty();
        settings.putAll(Map.of("portal.base-url", "https://involve.council.example", "portal.smtp.port", "587",
                "portal.limits.emails-per-client-hour", "40", "portal.smtp.starttls", "TRUE",
                "portal.admin.email", "admin@council.example", "portal.admin.password", "Glaw ar lechi Bethesda 1987"));
        assertThat(problems()).isEmpty();
    }

    @Test
    @DisplayName("PORTAL_DB_URL is required, and must be a MariaDB address naming a database")
    void databaseUrl() {
        settings.remove("portal.db.url");
        assertThat(problems()).containsExactly(
                "PORTAL_DB_URL: not set; give the database's address, such as jdbc:mariadb://db.example.org:3306/involve");
        settings.put("portal.db.url", "  ");
        assertThat(problems()).hasSize(1).allMatch(p -> p.startsWith("PORTAL_DB_URL: not set"));
        settings.put("portal.db.url", "jdbc:mysql://db:3306/involve?password=secret");
        assertThat(problems()).containsExactly("PORTAL_DB_URL: \"jdbc:mysql://db:3306/involve?...\" is not a MariaDB "
                + "address; it must start with jdbc:mariadb://, such as jdbc:mariadb://db.example.org:3306/involve");
        assertThat(problems().get(0)).as("a password in the address is never repeated").doesNotContain("secret");
        settings.put("portal.db.url", "jdbc:mariadb://db:3306");
        assertThat(problems()).hasSize(1).allMatch(p -> p.contains("names no database"));
        assertThat(SettingsCheck.databaseName("jdbc:mariadb://db:3306/involve?connectTimeout=2000")).isEqualTo("involve");
    }

    @Test
    @DisplayName("PORTAL_BASE_URL must be an absolute http or https address")
    void baseUrl() {
        for (String bad : List.of("involve.council.example", "/involve", "ftp://involve.council.example", "https://",
                "http://bad host/")) {
            settings.put("portal.base-url", bad);
            assertThat(problems()).as(bad).hasSize(1).allMatch(p -> p.startsWith("PORTAL_BASE_URL: \"")
                    && p.endsWith("is not an absolute http or https address, such as https://involve.example.gov.uk"));
        }
        settings.put("portal.base-url", "http://localhost:8080");
        assertThat(problems()).isEmpty();
    }

    @Test
    @DisplayName("Numbers must be whole numbers in their range: the SMTP port, the limits, the overlap threshold")
    void numbers() {
        settings.put("portal.smtp.port", "twenty-five");
        assertThat(problems()).containsExactly("PORTAL_SMTP_PORT: \"twenty-five\" is not a whole number");
        settings.put("portal.smtp.port", "70000");
        assertThat(problems()).containsExactly("PORTAL_SMTP_PORT: 70000 is not a port number (1 to 65535)");
        settings.put("portal.smtp.port", " 25 ");
        assertThat(problems()).isEmpty();
        settings.put("portal.limits.responses-per-client-hour", "5e2");
        assertThat(problems()).containsExactly("PORTAL_LIMITS_RESPONSES_PER_CLIENT_HOUR: \"5e2\" is not a whole number");
        settings.put("portal.limits.responses-per-client-hour", "0");
        assertThat(problems()).containsExactly("PORTAL_LIMITS_RESPONSES_PER_CLIENT_HOUR: 0 is not a count of 1 or more");
        settings.remove("portal.limits.responses-per-client-hour");
        settings.put("portal.limits.emails-per-client-hour", "");
        assertThat(problems()).containsExactly("PORTAL_LIMITS_EMAILS_PER_CLIENT_HOUR: \"\" is not a whole number");
        settings.remove("portal.limits.emails-per-client-hour");
        settings.put("portal.council.consultation-overlap-threshold", "21");
        assertThat(problems()).containsExactly("PORTAL_COUNCIL_CONSULTATION_OVERLAP_THRESHOLD: 21 is not a count (1 to 20)");
    }

    @Test
    @DisplayName("A switch is true or false, never quietly false for a typing slip")
    void switches() {
        settings.put("portal.secure-cookies", "ture");
        assertThat(problems()).containsExactly("PORTAL_SECURE_COOKIES: \"ture\" is neither true nor false");
    }

    @Test
    @DisplayName("The first admin needs both an email and a password that meets the policy, said in English")
    void admin() {
        settings.put("portal.admin.email", "admin@council.example");
        assertThat(problems()).containsExactly("PORTAL_ADMIN_PASSWORD: not set, but PORTAL_ADMIN_EMAIL is; set both "
                + "to create the first admin, or neither");
        settings.remove("portal.admin.email");
        settings.put("portal.admin.password", "Glaw ar lechi Bethesda 1987");
        assertThat(problems()).containsExactly("PORTAL_ADMIN_EMAIL: not set, but PORTAL_ADMIN_PASSWORD is; set both "
                + "to create the first admin, or neither");
        settings.put("portal.admin.email", "admin.council.example");
        assertThat(problems()).containsExactly("PORTAL_ADMIN_EMAIL: \"admin.council.example\" is not an email address");
        settings.put("portal.admin.email", "admin@council.example");
        settings.put("portal.admin.password", "short");
        assertThat(problems()).containsExactly("PORTAL_ADMIN_PASSWORD: not accepted: it must be at least 12 characters");
        settings.put("portal.admin.password", "password1234");
        assertThat(problems()).containsExactly(
                "PORTAL_ADMIN_PASSWORD: not accepted: it is too common or too easy to guess; try a few unrelated words");
        assertThat(problems().get(0)).as("never a bare message key").doesNotContain("password.error");
    }

    @Test
    @DisplayName("PORTAL_UPLOADS_DIR must be a folder the portal can write in (made when missing)")
    void uploads() throws Exception {
        Path missing = temp.resolve("a/b/uploads");
        settings.put("portal.uploads.dir", missing.toString());
        assertThat(problems()).isEmpty();
        assertThat(missing).isDirectory().isEmptyDirectory();

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        settings.put("portal.uploads.dir", file.resolve("uploads").toString());
        assertThat(problems()).hasSize(1).allMatch(p -> p.startsWith("PORTAL_UPLOADS_DIR: cannot make the folder "
                + file.resolve("uploads")));

        settings.put("portal.uploads.dir", "/proc/involve-uploads");
        assertThat(problems()).hasSize(1).allMatch(p -> p.startsWith("PORTAL_UPLOADS_DIR: cannot make the folder /proc/involve-uploads ("));
    }

    @Test
    @DisplayName("A database that refuses the user or lacks the database stops the start; one that is down is retried")
    void databaseAnswers() {
        String url = "jdbc:mariadb://db:3306/involve";
        var refused = new SQLException("Error in allocating a connection",
                new SQLInvalidAuthorizationSpecException("(conn=15) Access denied for user 'involve'@'10.0.0.5' (using password: YES)",
                        "28000", 1045));
        assertThat(SettingsCheck.databaseRefusal(refused, "involve", true, url)).contains(
                "PORTAL_DB_PASSWORD: the database refused user \"involve\" (a password was set): the password is wrong, "
                        + "or the user does not exist for this host (PORTAL_DB_USER)");
        assertThat(SettingsCheck.databaseRefusal(refused, "involve", false, url)).get().asString()
                .contains("(no password was set)").doesNotContain("using password");
        assertThat(SettingsCheck.databaseRefusal(new SQLSyntaxErrorException("Unknown database 'involve'", "42000", 1049),
                "involve", true, url)).contains("PORTAL_DB_URL: the database \"involve\" does not exist on the server; "
                + "create it (see README.md, Operations)");
        assertThat(SettingsCheck.databaseRefusal(new SQLSyntaxErrorException("Access denied for user 'involve'@'%' to "
                + "database 'involve'", "42000", 1044), "involve", true, url)).contains("PORTAL_DB_URL: user \"involve\" "
                + "may not use the database \"involve\" (it does not exist, or the user has no rights on it)");
        assertThat(SettingsCheck.databaseRefusal(new SQLNonTransientConnectionException(
                "Socket fail to connect to db:3306. Connection refused", "08000"), "involve", true, url))
                .as("a database still starting is retried").isEmpty();
    }
}
