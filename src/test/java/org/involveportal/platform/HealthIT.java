package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalExtension.class)
class HealthIT {

    @Test
    @DisplayName("Readiness is UP with the database reachable and its schema current")
    void ready(EmbeddedPortal portal) {
        var response = Http.get(portal.baseUrl() + "health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .contains("\"schemaCurrent\":\"true\"");
    }

    @Test
    @DisplayName("Liveness is UP")
    void live(EmbeddedPortal portal) {
        var response = Http.get(portal.baseUrl() + "health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    @DisplayName("Flyway created the schema: every migration applied successfully")
    void migrationsApplied(EmbeddedPortal portal) throws Exception {
        try (var connection = portal.connectToDatabase();
             var query = connection.createStatement().executeQuery(
                     "select count(*), sum(success) from flyway_schema_history where version is not null")) {
            query.next();
            assertThat(query.getInt(1)).isPositive();
            assertThat(query.getInt(2)).isEqualTo(query.getInt(1));
        }
    }
}
