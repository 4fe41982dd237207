package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffPageAccessTest {

    private static final Path STAFF_PAGES = Path.of("src", "main", "webapp", "staff");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern STAFF_SERVLET = Pattern.compile("@WebServlet\\s*\\(([^)]*)\\)");
    private static final Pattern STAFF_PATH = Pattern.compile("\"/staff/([^\"*]*)\"");

    @Test
    @DisplayName("Every staff page and servlet in the source has its roles in the table, and the table names nothing else")
    void everyPageListed() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.list(STAFF_PAGES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xhtml"))
                    .map(n -> StaffPageAccess.pageName("/staff/" + n)).forEach(names::add);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var annotation = STAFF_SERVLET.matcher(Files.readString(file));
                while (annotation.find()) {
                    var path = STAFF_PATH.matcher(annotation.group(1));
                    while (path.find()) {
                        names.add(path.group(1));
                    }
                }
            }
        }
        assertThat(names).as("found in the source").contains("", "audit", "sign-in", "analysis-export", "group-members-export");
        var listed = new TreeSet<>(StaffPageAccess.table().keySet());
        listed.addAll(StaffPageAccess.SIGN_IN_PAGES);
        assertThat(listed).isEqualTo(names);
    }

    @Test
    @DisplayName("Page names from every spelling the container may dispatch")
    void pageNames() {
        assertThat(StaffPageAccess.pageName("/staff")).isEmpty();
        assertThat(StaffPageAccess.pageName("/staff/")).isEmpty();
        assertThat(StaffPageAccess.pageName("/staff/index.xhtml")).isEmpty();
        assertThat(StaffPageAccess.pageName("/staff/audit")).isEqualTo("audit");
        assertThat(StaffPageAccess.pageName("/staff/audit.xhtml")).isEqualTo("audit");
        assertThat(StaffPageAccess.rolesFor("Audit")).as("another case is another page, which does not exist").isEmpty();
        assertThat(StaffPageAccess.rolesFor("x/../audit")).isEmpty();
    }

    @Test
    @DisplayName("Only admins reach accounts, settings and the audit trail; only editors write; only publishers publish")
    void rolesThatMatter() {
        assertThat(StaffPageAccess.rolesFor("audit")).contains(java.util.Set.of(StaffRole.ADMIN));
        assertThat(StaffPageAccess.rolesFor("accounts")).contains(java.util.Set.of(StaffRole.ADMIN));
        assertThat(StaffPageAccess.rolesFor("settings")).contains(java.util.Set.of(StaffRole.ADMIN));
        assertThat(StaffPageAccess.rolesFor("consultation-edit")).contains(java.util.Set.of(StaffRole.EDITOR));
        assertThat(StaffPageAccess.rolesFor("consultation-publish")).contains(java.util.Set.of(StaffRole.PUBLISHER));
        assertThat(StaffPageAccess.rolesFor("analysis-export").orElseThrow()).doesNotContain(StaffRole.EDITOR, StaffRole.ADMIN);
    }
}
