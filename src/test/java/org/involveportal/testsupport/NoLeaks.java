package org.involveportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Nothing about the server's insides in a response: no stack trace, server name or version. */
public final class NoLeaks {

    private NoLeaks() {
    }

    public static void assertNoServerDetails(HttpResponse<String> response) {
        response.headers().map().forEach((name, values) -> values.forEach(value ->
                assertThat(value).as("header %s", name).doesNotContainIgnoringCase("payara")
                        .doesNotContainIgnoringCase("glassfish").doesNotContainIgnoringCase("servlet/")
                        .doesNotContainIgnoringCase("jsf/").doesNotContainIgnoringCase("mojarra")));
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(response.body())
                .doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("glassfish")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContainPattern("at (org|jakarta|java|com)\\.[a-z]");
    }
}
