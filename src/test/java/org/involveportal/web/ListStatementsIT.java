package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists cost a fixed number of SQL statements, whatever their length: each list is read with 3 new
 * items in the database and again with 30, counted by the portal's test support, and the counts are
 * equal. The new items are not yet in the portal's entity cache, so each is loaded from the database
 * with its texts, topics, audiences and easy read: one statement per item there would show as 27 more.
 */
@ExtendWith(PortalExtension.class)
class ListStatementsIT {

    private static final List<String> PUBLIC_LISTS = List.of("consultations", "groups", "", "cy/consultations", "cy/groups");
    private static final List<String> STAFF_LISTS = List.of("staff/consultations", "staff/groups");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("Public and staff lists of consultations and groups run as many statements for 30 items as for 3")
    void listsCostTheSameForThreeAndThirtyItems(EmbeddedPortal portal) throws Exception {
        var staff = StaffSignIns.signedIn(portal, "editor@example.gov.uk").cookieHeader();
        statementsOfEachList(portal, staff); // whatever the portal loads once (settings, demo data) is loaded now

        Map<String, Integer> withThree;
        Map<String, Integer> withThirty;
        try {
            addItems(portal, 3);
            withThree = statementsOfEachList(portal, staff);
            addItems(portal, 27);
            withThirty = statementsOfEachList(portal, staff);
        } finally {
            removeItems(portal); // the portal is shared: other tests' lists must not hold these
        }

        System.out.println("Statements per list with 3 new items " + withThree + ", with 30 " + withThirty);
        assertThat(withThirty).as("statements per list with 30 new items, against 3").isEqualTo(withThree);
        assertThat(withThree.values()).as("every list was counted and reads the database").allMatch(count -> count > 0);
    }

    private Map<String, Integer> statementsOfEachList(EmbeddedPortal portal, String staffCookies) throws Exception {
        var counts = new LinkedHashMap<String, Integer>();
        for (String path : PUBLIC_LISTS) {
            counts.put("/" + path, statements(portal, path, null));
        }
        for (String path : STAFF_LISTS) {
            counts.put("/" + path, statements(portal, path, staffCookies));
        }
        return counts;
    }

    /** The statements one GET of a page runs (a query of its own, so no stored copy answers it). */
    private int statements(EmbeddedPortal portal, String path, String cookies) throws Exception {
        String name = UUID.randomUUID().toString();
        var request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path + "?count=" + name))
                .header("X-Count-Statements", name);
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        var page = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("GET /%s", path).isEqualTo(200);
        var count = http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "test-support/statements?request=" + name)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).as("statements of /%s counted", path).isEqualTo(200);
        return Integer.parseInt(count.body().trim());
    }

    /** Open consultations and listed groups, each written in English and Welsh, with topics, audiences and easy read. */
    private static void addItems(EmbeddedPortal portal, int howMany) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            for (int i = 0; i < howMany; i++) {
                String slug = "statements-" + UUID.randomUUID().toString().substring(0, 8);
                long consultation = insert(c, "insert into consultation (slug, opens_at, closes_at, published_at) values ('" + slug
                        + "', utc_timestamp(6) - interval 1 day, utc_timestamp(6) + interval 84 day, utc_timestamp(6) - interval 1 day)");
                s.executeUpdate("insert into consultation_text (consultation_id, language, title, summary) values (" + consultation
                        + ", 'en', 'Counted " + slug + "', 'A consultation to count statements'), (" + consultation
                        + ", 'cy', 'Cyfrif " + slug + "', 'Ymgynghoriad i gyfrif datganiadau')");
                s.executeUpdate("insert into consultation_topic (consultation_id, topic) values (" + consultation + ", 'CARERS_SUPPORT')");
                s.executeUpdate("insert into consultation_client_group (consultation_id, client_group) values (" + consultation + ", 'CARERS')");
                s.executeUpdate("insert into consultation_easy_read_idea (consultation_id, position, language, text, picture, alt_text)"
                        + " values (" + consultation + ", 0, 'en', 'Tell us what you think.', 'speech', 'Speech bubble')");
                long group = insert(c, "insert into involvement_group (slug, meeting_mode, area, payment, needs_approval, listed)"
                        + " values ('" + slug + "', 'IN_PERSON', 'North', 'NONE', false, true)");
                s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + group
                        + ", 'en', 'Counted group " + slug + "', 'A group to count statements'), (" + group
                        + ", 'cy', 'Grwp cyfrif " + slug + "', 'Grwp i gyfrif datganiadau')");
                s.executeUpdate("insert into involvement_group_topic (group_id, topic) values (" + group + ", 'CARERS_SUPPORT')");
                s.executeUpdate("insert into involvement_group_client_group (group_id, client_group) values (" + group + ", 'CARERS')");
                s.executeUpdate("insert into involvement_group_support (group_id, support) values (" + group + ", 'BSL')");
                long meeting = insert(c, "insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + group
                        + ", utc_timestamp(6) + interval 10 day, utc_timestamp(6) + interval 10 day + interval 2 hour, 'Town hall', 20)");
                s.executeUpdate("insert into meeting_text (meeting_id, language, title) values (" + meeting + ", 'en', 'Counted meeting')");
            }
        }
    }

    /** Everything {@link #addItems} made; texts, topics, easy read and meetings go with them (on delete cascade). */
    private static void removeItems(EmbeddedPortal portal) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("delete from consultation where slug like 'statements-%'");
            s.executeUpdate("delete from involvement_group where slug like 'statements-%'");
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
