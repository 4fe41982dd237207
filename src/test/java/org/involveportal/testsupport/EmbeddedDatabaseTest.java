package org.involveportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The run command's promise: data kept in its folder survives a restart, wherever the folder is. */
class EmbeddedDatabaseTest {

    @Test
    @DisplayName("Data in a kept folder under the system temp folder survives a stop and start")
    void keptDataSurvivesRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("involve-kept-data");
        try (var first = EmbeddedDatabase.start(0, dataDir);
             var connection = first.connect();
             var statement = connection.createStatement()) {
            statement.execute("create table kept (note varchar(40))");
            statement.execute("insert into kept values ('Cofio ✓')");
        }
        try (var second = EmbeddedDatabase.start(0, dataDir);
             var connection = second.connect();
             var result = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("Cofio ✓");
        }
    }
}
