package org.involveportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page bean (a class that extends PageBean, directly or through an abstract base) is opened by the views that show it: each page (a
 * view with a template, or a whole document) that names the bean declares {@code <f:viewAction action="#{bean.open}"/>}, so the bean
 * loads its subject and handles a post before anything renders, and each page bean has a view.
 * (ArchitectureTest keeps @PostConstruct out of page beans.)
 */
class PageLifecycleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern PAGE_BEAN = Pattern.compile(
            "(?:@Named\\(\"(\\w+)\"\\)[\\s\\S]*?)?public (abstract )?class (\\w+) extends (\\w+)\\b");

    @Test
    @DisplayName("every view that shows a page bean opens it with f:viewAction, and every page bean has a view")
    void viewsOpenTheirPageBeans() throws IOException {
        Map<String, String> beans = pageBeans();
        assertTrue(beans.size() > 30, "found the page beans: " + beans.keySet());
        Map<String, String> views = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(file);
                // a page has a template or is a whole document; tags and included fragments are parts of one
                if (text.contains("template=\"/WEB-INF/templates/") || text.contains("<html")) {
                    views.put(WEBAPP.relativize(file).toString(), text);
                }
            }
        }
        List<String> problems = new ArrayList<>(problems(beans.keySet(), views));
        beans.forEach((bean, type) -> {
            if (views.values().stream().noneMatch(view -> opens(view, bean))) {
                problems.add(type + " (" + bean + ") is opened by no view");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the check finds a view that shows a page bean without opening it")
    void theCheckCanFail() {
        var views = Map.of(
                "opened.xhtml", """
                        <ui:define name="metadata"><f:metadata><f:viewAction action="#{groupPage.open}"/></f:metadata></ui:define>
                        <h1>#{groupPage.name}</h1>""",
                "not-opened.xhtml", "<h1>#{groupPage.name}</h1><p>#{not empty groupPage.meetings}</p>",
                "other-bean.xhtml", "<h1>#{groupPageLinks.name}</h1><a href=\"#{links.href('/groupPage')}\">more</a>");
        assertEquals(List.of("not-opened.xhtml shows groupPage without <f:viewAction action=\"#{groupPage.open}\"/>"),
                problems(List.of("groupPage"), new TreeMap<>(views)));
    }

    private static List<String> problems(Iterable<String> beans, Map<String, String> views) {
        List<String> problems = new ArrayList<>();
        views.forEach((view, text) -> {
            for (String bean : beans) {
                if (shows(text, bean) && !opens(text, bean)) {
                    problems.add(view + " shows " + bean + " without <f:viewAction action=\"#{" + bean + ".open}\"/>");
                }
            }
        });
        return problems;
    }

    private static boolean shows(String view, String bean) {
        // the name as an expression's variable (#{respond.step}, #{respond}), not inside a word or a string ('/respond')
        return Pattern.compile("[#$]\\{[^}]*(?<![\\w./'-])" + bean + "(?=[.}\\[\\s])").matcher(view).find();
    }

    private static boolean opens(String view, String bean) {
        return view.contains("<f:viewAction action=\"#{" + bean + ".open}\"/>");
    }

    /**
     * Bean name to class name, for every class in the sources that extends PageBean, directly or through
     * an abstract base shared by the pages of one journey (such as RespondStep).
     */
    private static Map<String, String> pageBeans() throws IOException {
        record Declared(String name, String type, String parent, boolean isAbstract) {
        }
        List<Declared> declared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PAGE_BEAN.matcher(Files.readString(file));
                if (m.find()) {
                    String type = m.group(3);
                    String name = m.group(1) != null ? m.group(1) : Character.toLowerCase(type.charAt(0)) + type.substring(1);
                    declared.add(new Declared(name, type, m.group(4), m.group(2) != null));
                }
            }
        }
        Set<String> pageBeanTypes = new HashSet<>(Set.of("PageBean"));
        boolean found = true;
        while (found) {
            found = declared.stream().filter(d -> pageBeanTypes.contains(d.parent())).map(Declared::type)
                    .filter(pageBeanTypes::add).count() > 0;
        }
        Map<String, String> beans = new TreeMap<>();
        declared.stream().filter(d -> pageBeanTypes.contains(d.parent()) && !d.isAbstract())
                .forEach(d -> beans.put(d.name(), d.type()));
        return beans;
    }
}
