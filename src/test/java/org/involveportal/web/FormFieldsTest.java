package org.involveportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Form fields are written only by the tags in WEB-INF/tags (i:input, i:textarea, i:select, i:radios,
 * i:checkboxes, i:fieldset, i:dateInput, ...), so label, hint, error message and aria-describedby
 * are right in one place. A page that writes a label, a visible input, a text area, a select, a
 * fieldset or legend, or a form-group or error-message class by hand fails here; so does a view
 * that is not well-formed XML.
 */
class FormFieldsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path TAGS = WEBAPP.resolve("WEB-INF/tags");
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> FIELD_ELEMENTS = Set.of("label", "textarea", "select", "fieldset", "legend");
    private static final Set<String> FIELD_CLASSES = Set.of("form-group", "form-group--error", "error-message");

    @Test
    @DisplayName("no view outside the tags writes a form field by hand, and every view is well-formed")
    void viewsUseTheFieldTags() throws IOException {
        List<String> problems = new ArrayList<>();
        int views = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                if (file.startsWith(TAGS)) {
                    problems.addAll(wellFormed(file)); // tags are checked for XML only
                    continue;
                }
                views++;
                try (InputStream in = Files.newInputStream(file)) {
                    problems.addAll(handWrittenFields(WEBAPP.relativize(file).toString(), in));
                }
            }
        }
        assertTrue(views > 50, "found the views: " + views);
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the check finds a hand-written form group, a bare select and a page that is not XML")
    void theCheckCanFail() {
        String page = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets">
                    <form method="post">
                        <input type="hidden" name="action" value="save"/>
                        <div class="form-group #{empty p.error('name') ? '' : 'form-group--error'}">
                            <label class="label" for="name">Name</label>
                            <p class="error-message" id="name-error">Enter a name</p>
                            <input class="input" type="text" id="name" name="name"/>
                        </div>
                        <select id="topic" name="topic"><option value="">Any</option></select>
                    </form>
                </ui:composition>
                """;
        List<String> found = handWrittenFields("sample.xhtml", in(page));
        assertEquals(5, found.size(), found.toString()); // div, label, p, input, select; not the hidden input
        assertTrue(found.get(0).contains("form-group"), found.get(0));

        List<String> broken = handWrittenFields("broken.xhtml", in("<ui:composition><div></ui:composition>"));
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).startsWith("broken.xhtml: not well-formed"), broken.get(0));

        assertEquals(List.of(), handWrittenFields("tagged.xhtml", in("""
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets" xmlns:i="https://involveportal.org/tags">
                    <i:input id="name" labelKey="contact.name.label"/>
                </ui:composition>
                """)));
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> wellFormed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> problems = handWrittenFields(file.toString(), in);
            return problems.stream().filter(p -> p.contains("not well-formed")).toList();
        }
    }

    static List<String> handWrittenFields(String name, InputStream in) {
        List<String> problems = new ArrayList<>();
        NodeList elements;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // templates name the XHTML DTD
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e; // reported below, not printed
                }
            });
            elements = builder.parse(in).getElementsByTagNameNS(XHTML, "*");
        } catch (Exception e) {
            return List.of(name + ": not well-formed: " + e.getMessage());
        }
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String tag = element.getLocalName();
            boolean field = FIELD_ELEMENTS.contains(tag)
                    || ("input".equals(tag) && !"hidden".equals(element.getAttribute("type")));
            boolean fieldClass = Arrays.stream(element.getAttribute("class").split("\\s+")).anyMatch(FIELD_CLASSES::contains);
            if (field || fieldClass) {
                problems.add(name + ": <" + tag + (element.hasAttribute("class") ? " class=\"" + element.getAttribute("class") + "\"" : "")
                        + (element.hasAttribute("id") ? " id=\"" + element.getAttribute("id") + "\"" : "") + "> written by hand: use a field tag");
            }
        }
        return problems;
    }
}
