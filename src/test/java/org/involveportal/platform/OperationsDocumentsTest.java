package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads and what runs agree: every variable compose.yaml and the start script set or read is in
 * the README's configuration table, and compose.yaml has the services the README's operations section names.
 */
class OperationsDocumentsTest {

    private static final Pattern TABLE_VARIABLE = Pattern.compile("^\\| `([A-Z][A-Z0-9_]+)`", Pattern.MULTILINE);
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("^\\s+([A-Z][A-Z0-9_]+):", Pattern.MULTILINE);
    private static final Pattern SCRIPT_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
    /** Read by the compose file itself or by its other services (MariaDB's, the mail relay's), not by the portal. */
    private static final Pattern NOT_THE_PORTALS = Pattern.compile("MARIADB_.*|MAIL_.*|RELAYHOST|ALLOWED_SENDER_DOMAINS");

    @Test
    @DisplayName("Every variable compose.yaml gives the portal is in the README's table")
    void composeVariablesAreDocumented() throws IOException {
        var documented = documented();
        var compose = new TreeSet<String>();
        var matcher = COMPOSE_VARIABLE.matcher(Files.readString(Path.of("compose.yaml")));
        while (matcher.find()) {
            if (!NOT_THE_PORTALS.matcher(matcher.group(1)).matches()) {
                compose.add(matcher.group(1));
            }
        }
        assertThat(compose).as("the portal's variables in compose.yaml").contains("PORTAL_DB_URL", "PORTAL_CLUSTER_MEMBERS");
        assertThat(documented).as("the README's configuration table").containsAll(compose);
    }

    @Test
    @DisplayName("Every variable the start script reads is in the README's table")
    void startScriptVariablesAreDocumented() throws IOException {
        var script = new TreeSet<String>();
        var matcher = SCRIPT_VARIABLE.matcher(Files.readString(Path.of("src/main/payara/start-portal.sh")));
        while (matcher.find()) {
            script.add(matcher.group(1));
        }
        // where the Docker image and the tests find Payara Micro, the WAR and java (set by them, not by operators),
        // and the host's name (set by the system)
        script.removeAll(java.util.Set.of("PAYARA_MICRO_JAR", "PORTAL_WAR", "JAVA", "HOSTNAME"));
        assertThat(script).contains("PORTAL_CLUSTER_MEMBERS", "JAVA_OPTS");
        assertThat(documented()).containsAll(script);
    }

    @Test
    @DisplayName("compose.yaml runs a proxy, two portal instances in one cluster, MariaDB and a mail relay")
    void composeHasTheProductionShape() throws IOException {
        String compose = Files.readString(Path.of("compose.yaml"));
        var services = new TreeSet<String>();
        var matcher = Pattern.compile("^  ([a-z-]+):\\s*$", Pattern.MULTILINE).matcher(compose.substring(compose.indexOf("\nservices:"), compose.indexOf("\nvolumes:")));
        while (matcher.find()) {
            services.add(matcher.group(1));
        }
        assertThat(services).containsExactly("db", "mail", "portal-a", "portal-b", "proxy");
        assertThat(compose).contains("PORTAL_CLUSTER_MEMBERS: portal-a:6900,portal-b:6900");
        assertThat(Files.readString(Path.of("deploy/nginx.conf"))).contains("server portal-a:8080", "server portal-b:8080");
    }

    private static TreeSet<String> documented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Code map"));
        var documented = new TreeSet<String>();
        var matcher = TABLE_VARIABLE.matcher(configuration);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        return documented;
    }
}
