package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a first visit to each shell page downloads: the HTML, then every stylesheet, image, script and
 * font it refers to (fonts are the reader's own; scripts must be none). Prints the figures and keeps
 * them in target/page-weight.txt.
 */
@ExtendWith(PortalExtension.class)
class PageWeightIT {

    private static final int BUDGET_BYTES = 100 * 1024;
    private static final List<String> MODES = List.of("read=standard&print=standard", "read=easy&print=large");

    @Test
    @DisplayName("Each shell page's first load is under 100 KB in all and needs no JavaScript")
    void firstLoadUnderBudget(EmbeddedPortal portal) throws IOException {
        var report = new StringBuilder(String.format("%-40s %8s %6s %10s%n", "page", "html", "files", "total"));
        for (String page : ShellIT.PAGES) {
            for (Language language : List.of(Language.ENGLISH, Language.WELSH, Language.URDU)) {
                for (String mode : MODES) {
                    String address = (language.pathPrefix() + page).substring(1) + "?" + mode;
                    var response = Http.get(portal.baseUrl() + address);
                    var document = Jsoup.parse(response.body(), portal.baseUrl() + address);
                    assertThat(document.select("script")).as("%s has no script", address).isEmpty();

                    var files = new LinkedHashSet<String>();
                    document.select("link[rel=stylesheet]").forEach(link -> files.add(link.absUrl("href")));
                    document.select("img[src]").forEach(img -> files.add(img.absUrl("src")));
                    long total = response.body().getBytes(StandardCharsets.UTF_8).length;
                    for (String file : files) {
                        var fetched = Http.get(file);
                        assertThat(fetched.statusCode()).as(file).isEqualTo(200);
                        total += fetched.body().getBytes(StandardCharsets.UTF_8).length;
                    }
                    report.append(String.format("%-40s %8d %6d %10d%n", "/" + address,
                            response.body().getBytes(StandardCharsets.UTF_8).length, files.size(), total));
                    assertThat(total).as("bytes for %s", address).isLessThan(BUDGET_BYTES);
                }
            }
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "page-weight.txt"), report);
    }
}
