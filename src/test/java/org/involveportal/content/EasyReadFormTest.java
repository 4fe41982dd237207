package org.involveportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EasyReadFormTest {

    @Test
    @DisplayName("Alt text over what its column holds is a problem beside the field, not a database fault")
    void altTextLimit() {
        var form = EasyReadForm.from(List.of(
                new EasyReadIdea("en", "We will meet in May.", "calendar", "a".repeat(EasyReadForm.ALT_MAX)),
                new EasyReadIdea("en", "You can come.", "people", "a".repeat(EasyReadForm.ALT_MAX + 1)),
                new EasyReadIdea("cy", "Byddwn yn cwrdd ym mis Mai.", "calendar", "ŵ".repeat(EasyReadForm.ALT_MAX))),
                List.of("en", "cy"));
        var problems = new LinkedHashMap<String, String>();

        form.addProblems(problems, List.of("calendar", "people"));

        assertThat(problems).containsExactly(java.util.Map.entry("idea-en-1-alt", "easyRead.check.altTooLong"));
    }
}
