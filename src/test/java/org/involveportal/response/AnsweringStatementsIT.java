package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each post of the answering journey runs a small, fixed number of SQL statements: the draft is read
 * with its answers in one statement, and what changes is written in batches. Counted with the portal's
 * test support ({@code X-Count-Statements}); a budget exceeded means a page started reading or writing
 * row by row.
 */
@ExtendWith(PortalExtension.class)
class AnsweringStatementsIT {

    private static final String STRATEGY = "draft-involvement-strategy";

    /**
     * Statements each post may run at most, measured when the journey was made lean. Sending ("check")
     * includes the three upserts that count the response for analysis, in the same transaction.
     */
    private static final Map<String, Integer> BUDGET = Map.of(
            "start", 2, "answering-as", 3, "questions/1", 6, "contact", 3, "check", 13);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("Each post of the answering journey runs no more than its few statements, and sends the response")
    void eachPostRunsFewStatements(EmbeddedPortal portal) throws Exception {
        List<Long> questions = questionIds(portal);
        var counts = new LinkedHashMap<String, Integer>();

        var start = post(portal, portal.baseUrl() + "consultations/" + STRATEGY + "/respond", "", "start", counts);
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        String draft = URI.create(portal.baseUrl()).resolve(location.substring(0, location.lastIndexOf('/') + 1)).toString();

        assertThat(post(portal, draft + "answering-as", "answeringAs=CARER&action=continue", "answering-as", counts)
                .headers().firstValue("Location")).hasValueSatisfying(next -> assertThat(next).endsWith("/questions/1"));
        post(portal, draft + "questions/1", "q" + questions.get(0) + "=2&q" + questions.get(1) + "=1&q" + questions.get(1)
                + "=3&action=continue", "questions/1", counts);
        post(portal, draft + "contact", "way=NONE&action=continue", "contact", counts);
        var sent = post(portal, draft + "check", "", "check", counts);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(next -> assertThat(next).endsWith("/about-you"));

        System.out.println("Statements per post of the answering journey: " + counts);
        counts.forEach((step, count) -> assertThat(count).as("statements run by the post of " + step).isBetween(1, BUDGET.get(step)));
    }

    private HttpResponse<String> post(EmbeddedPortal portal, String url, String form, String step, Map<String, Integer> counts)
            throws Exception {
        String name = UUID.randomUUID().toString();
        var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .header("X-Count-Statements", name)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(step).isEqualTo(302);
        var count = client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "test-support/statements?request=" + name))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).isEqualTo(200);
        counts.put(step, Integer.parseInt(count.body().trim()));
        return response;
    }

    private static List<Long> questionIds(EmbeddedPortal portal) throws Exception {
        var ids = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = ? order by q.position")) {
            query.setString(1, STRATEGY);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
