package org.involveportal.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings the portal cannot run without, checked before it starts: each problem is one line an operator can act
 * on, naming the environment variable and what is wrong with it, never repeating a secret. Which database answers
 * are a wrong setting (and stop the start) and which are worth retrying (a database still starting) is decided here
 * too.
 */
public final class SettingsCheck {

    /** Where the portal keeps uploaded files when nothing else is said. */
    public static final String DEFAULT_UPLOADS_DIR = "data/uploads";

    private static final String URL_PREFIX = "jdbc:mariadb://";

    /** The English text of each password problem {@link PasswordPolicy} names (the bundle's, for a log). */
    private static final Map<String, String> PASSWORD_PROBLEMS = Map.of(
            "password.error.missing", "it is empty",
            "password.error.tooShort", "it must be at least " + PasswordPolicy.MIN_LENGTH + " characters",
            "password.error.tooLong", "it must be " + PasswordPolicy.MAX_LENGTH + " characters or fewer",
            "password.error.personal", "it must not contain the admin's email address",
            "password.error.common", "it is too common or too easy to guess; try a few unrelated words");

    private record WholeNumber(String key, int min, int max, String what) {
    }

    private static final List<WholeNumber> NUMBERS = List.of(
            new WholeNumber("portal.smtp.port", 1, 65_535, "a port number"),
            new WholeNumber("portal.limits.emails-per-client-hour", 1, Integer.MAX_VALUE, "a count of 1 or more"),
            new WholeNumber("portal.limits.responses-per-client-hour", 1, Integer.MAX_VALUE, "a count of 1 or more"),
            new WholeNumber("portal.council.consultation-overlap-threshold", 1, PortalSettings.OVERLAP_THRESHOLD_MAX,
                    "a count"));

    private static final List<String> SWITCHES = List.of("portal.smtp.starttls", "portal.secure-cookies",
            "portal.demo-data", "portal.council.welsh-language-standards");

    private SettingsCheck() {
    }

    /** The environment variable an operator sets for a setting: portal.db.url is PORTAL_DB_URL. */
    public static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * Every problem with the settings, one line each, the variable first; empty when the portal can start.
     *
     * @param setting a setting's raw text by its key (portal.db.url), empty when it is not set
     */
    public static List<String> problems(Function<String, Optional<String>> setting, PasswordPolicy policy) {
        var problems = new ArrayList<String>();
        databaseUrlProblem(setting.apply("portal.db.url")).ifPresent(problems::add);
        setting.apply("portal.base-url").flatMap(SettingsCheck::baseUrlProblem).ifPresent(problems::add);
        for (var number : NUMBERS) {
            setting.apply(number.key()).flatMap(value -> numberProblem(number, value)).ifPresent(problems::add);
        }
        for (var key : SWITCHES) {
            setting.apply(key).filter(value -> !isSwitch(value))
                    .ifPresent(value -> problems.add(variable(key) + ": \"" + shown(value) + "\" is neither true nor false"));
        }
        problems.addAll(adminProblems(present(setting.apply("portal.admin.email")),
                present(setting.apply("portal.admin.password")), policy));
        uploadsProblem(Path.of(present(setting.apply("portal.uploads.dir")).orElse(DEFAULT_UPLOADS_DIR)))
                .ifPresent(problems::add);
        return problems;
    }

    static Optional<String> databaseUrlProblem(Optional<String> url) {
        if (present(url).isEmpty()) {
            return Optional.of("PORTAL_DB_URL: not set; give the database's address, such as " + URL_PREFIX
                    + "db.example.org:3306/involve");
        }
        String value = url.get().strip();
        if (!value.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length())) {
            return Optional.of("PORTAL_DB_URL: \"" + shown(value) + "\" is not a MariaDB address; it must start with "
                    + URL_PREFIX + ", such as " + URL_PREFIX + "db.example.org:3306/involve");
        }
        if (databaseName(value).isEmpty()) {
            return Optional.of("PORTAL_DB_URL: \"" + shown(value) + "\" names no database; add it after the host, such as "
                    + URL_PREFIX + "db.example.org:3306/involve");
        }
        return Optional.empty();
    }

    /** The database a MariaDB address names (jdbc:mariadb://host:3306/involve?x=y gives involve). */
    public static String databaseName(String url) {
        String rest = url.strip().substring(Math.min(url.strip().length(), URL_PREFIX.length()));
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(slash + 1);
    }

    static Optional<String> baseUrlProblem(String value) {
        String problem = "PORTAL_BASE_URL: \"" + shown(value) + "\" is not an absolute http or https address, such as "
                + "https://involve.example.gov.uk";
        try {
            var uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of(problem);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(problem);
        }
    }

    private static Optional<String> numberProblem(WholeNumber number, String value) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Optional.of(variable(number.key()) + ": \"" + shown(value) + "\" is not a whole number");
        }
        if (parsed < number.min() || parsed > number.max()) {
            String range = number.max() == Integer.MAX_VALUE ? "" : " (" + number.min() + " to " + number.max() + ")";
            return Optional.of(variable(number.key()) + ": " + parsed + " is not " + number.what() + range);
        }
        return Optional.empty();
    }

    private static boolean isSwitch(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("false");
    }

    static List<String> adminProblems(Optional<String> email, Optional<String> password, PasswordPolicy policy) {
        if (email.isPresent() && password.isEmpty()) {
            return List.of("PORTAL_ADMIN_PASSWORD: not set, but PORTAL_ADMIN_EMAIL is; set both to create the first "
                    + "admin, or neither");
        }
        if (password.isPresent() && email.isEmpty()) {
            return List.of("PORTAL_ADMIN_EMAIL: not set, but PORTAL_ADMIN_PASSWORD is; set both to create the first "
                    + "admin, or neither");
        }
        if (email.isEmpty()) {
            return List.of();
        }
        String address = email.get().strip();
        int at = address.indexOf('@');
        if (at < 1 || at == address.length() - 1 || address.indexOf('@', at + 1) >= 0 || address.contains(" ")) {
            return List.of("PORTAL_ADMIN_EMAIL: \"" + shown(address) + "\" is not an email address");
        }
        return policy.problems(password.get(), address, "Administrator").stream().findFirst()
                .map(key -> List.of("PORTAL_ADMIN_PASSWORD: not accepted: " + passwordProblem(key)))
                .orElse(List.of());
    }

    /** A password problem {@link PasswordPolicy} names, as an English sentence. */
    public static String passwordProblem(String key) {
        return PASSWORD_PROBLEMS.getOrDefault(key, "it does not meet the password rules");
    }

    /** Whether files can be written in the folder, made if it is missing. */
    static Optional<String> uploadsProblem(Path folder) {
        Path absolute;
        try {
            absolute = folder.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Optional.of("PORTAL_UPLOADS_DIR: \"" + shown(folder.toString()) + "\" is not a folder name");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            return Optional.of("PORTAL_UPLOADS_DIR: cannot make the folder " + absolute + " (" + reason(e) + ")");
        }
        try {
            Path probe = Files.createTempFile(absolute, ".write-check-", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("PORTAL_UPLOADS_DIR: the portal cannot write in " + absolute + " (" + reason(e)
                    + "); it runs as user \"" + System.getProperty("user.name") + "\"");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the system cannot make a folder there";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getClass().getSimpleName();
    }

    /**
     * What the database's refusal means to an operator, when it is a wrong setting that waiting will not mend (wrong
     * password, unknown user or database); empty when it is worth retrying (a database down or still starting).
     */
    public static Optional<String> databaseRefusal(SQLException refusal, String user, boolean passwordSet, String url) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof SQLException e)) {
                continue;
            }
            switch (e.getErrorCode()) {
                case 1045, 1698 -> {
                    return Optional.of("PORTAL_DB_PASSWORD: the database refused user \"" + user + "\" ("
                            + (passwordSet ? "a password was set" : "no password was set")
                            + "): the password is wrong, or the user does not exist for this host (PORTAL_DB_USER)");
                }
                case 1044 -> {
                    return Optional.of("PORTAL_DB_URL: user \"" + user + "\" may not use the database \""
                            + databaseName(url) + "\" (it does not exist, or the user has no rights on it)");
                }
                case 1049 -> {
                    return Optional.of("PORTAL_DB_URL: the database \"" + databaseName(url)
                            + "\" does not exist on the server; create it (see README.md, Operations)");
                }
                default -> {
                    // a connection problem, or something else a retry may mend
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> present(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }

    /** A value as shown in a line: at most 60 characters, and never a query (which may hold a password). */
    private static String shown(String value) {
        String v = value.strip();
        int query = v.indexOf('?');
        if (query >= 0) {
            v = v.substring(0, query) + "?...";
        }
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
