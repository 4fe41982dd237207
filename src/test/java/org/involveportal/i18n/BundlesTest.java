package org.involveportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped message bundles, checked as translators leave them in translations/. */
class BundlesTest {

    private static final Path FOLDER = Path.of("translations");
    /** Key prefixes of the back-office screens, counted apart in the coverage line. */
    private static final List<String> STAFF_PREFIXES = List.of("staff", "partners", "accounts", "analysis", "reach",
            "editor", "publish", "preview", "window", "question", "easyRead", "entry", "groupEditor", "groupMembers",
            "groupLetters", "groupMessage", "staffGroups", "staffMeeting", "meetingEditor", "settings", "responseDelete",
            "glossaryStaff", "glossaryEditor", "staffActivities", "activityEditor",
            "activityPeople", "staffExpenses", "staffExpenseClaim", "expensePayments", "expenseLetters", "expensePolicy", "timeBasis",
            "staffTraining", "courseEditor", "sessionEditor", "coursePeople", "staffPerson", "register", "registerInvite", "digestLetters",
            "staffReports", "staffReport", "staffForbidden", "eia", "decision", "formatQueue", "staffActionPlans", "actionPlanEditor",
            "actionPlanImport", "actionUpdate");

    static Stream<Path> bundleFiles() throws IOException {
        try (var files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("Every language the portal offers has a bundle, and every bundle is of a language it offers")
    void bundlePerLanguage() throws IOException {
        for (Language language : Language.values()) {
            assertThat(FOLDER.resolve(MessageCatalog.bundleName(language, false))).as(language.tag()).exists();
        }
        bundleFiles().forEach(file -> assertThat(languageOf(file)).as(file.toString()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    @DisplayName("Every language has every English text, in standard and easy read, and no key English lacks")
    void everyLanguageIsComplete(Language language) {
        var english = read("messages_en.properties").stringPropertyNames();
        var keys = read(MessageCatalog.bundleName(language, false)).stringPropertyNames();
        var missing = new TreeSet<>(english);
        missing.removeAll(keys);
        long residentKeys = english.stream().filter(key -> !isStaffKey(key)).count();
        long residentMissing = missing.stream().filter(key -> !isStaffKey(key)).count();
        System.out.printf("Coverage %-7s resident-facing %d/%d, staff %d/%d%n", language.tag(),
                residentKeys - residentMissing, residentKeys,
                english.size() - residentKeys - (missing.size() - residentMissing), english.size() - residentKeys);

        assertThat(missing).as("%s lacks English keys", language.tag()).isEmpty();
        assertThat(english).as("%s has keys English lacks", language.tag()).containsAll(keys);
        assertThat(read(MessageCatalog.bundleName(language, true)).stringPropertyNames())
                .as("%s easy read", language.tag())
                .containsExactlyInAnyOrderElementsOf(read("messages_en.easy-read.properties").stringPropertyNames());
    }

    /** Texts only the back office shows; the rest are seen by residents (pages, emails, errors). */
    private static boolean isStaffKey(String key) {
        return STAFF_PREFIXES.stream().anyMatch(prefix -> key.startsWith(prefix + "."));
    }

    @Test
    @DisplayName("Every action of the audit trail has its words, so admins never read a code")
    void everyAuditActionNamed() {
        var english = read("messages_en.properties");
        for (var action : org.involveportal.audit.AuditAction.values()) {
            assertThat(english.getProperty("staff.audit.action." + action.name())).as(action.name()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleFiles")
    @DisplayName("Each bundle says at its top whether a fluent speaker reviewed it")
    void reviewStatusAtTop(Path file) throws IOException {
        var header = Files.readAllLines(file, StandardCharsets.UTF_8).stream().limit(5).toList();
        assertThat(header).anyMatch(line -> line.matches("# Review: (reviewed|draft)\\b.*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleFiles")
    @DisplayName("Every message parses, uses English's arguments, and its plurals have exactly the language's CLDR categories")
    void messagesParseWithTheRightPlurals(Path file) {
        Language language = languageOf(file);
        var english = read(file.getFileName().toString().contains(".easy-read") ? "messages_en.easy-read.properties" : "messages_en.properties");
        var englishStandard = read("messages_en.properties");
        Set<String> categories = new TreeSet<>(PluralRules.forLocale(language.locale()).getKeywords());
        var bundle = read(file.getFileName().toString());
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            var format = new MessageFormat(pattern, language.locale());
            String source = english.getProperty(key, englishStandard.getProperty(key));
            assertThat(source).as("%s: %s has no English source", file, key).isNotNull();
            assertThat(format.getArgumentNames())
                    .as("%s: arguments of %s", file, key)
                    .isEqualTo(new MessageFormat(source, java.util.Locale.UK).getArgumentNames());
            for (Set<String> selectors : pluralSelectors(pattern)) {
                assertThat(selectors).as("%s: plural categories of %s", file, key).isEqualTo(categories);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleFiles")
    @DisplayName("Easy-read texts keep to at most 15 words a sentence")
    void easyReadSentencesAreShort(Path file) {
        if (!file.getFileName().toString().contains(".easy-read")) {
            return;
        }
        var bundle = read(file.getFileName().toString());
        for (String key : bundle.stringPropertyNames()) {
            for (String sentence : bundle.getProperty(key).split("[.!?؟।۔。]")) {
                assertThat(sentence.trim().split("\\s+")).as("%s: %s: \"%s\"", file, key, sentence.trim()).hasSizeLessThanOrEqualTo(15);
            }
        }
    }

    @Test
    @DisplayName("The catalog falls back from easy read to standard to English, and says which language it gave")
    void fallbackOrder() {
        var catalog = new MessageCatalog();
        // every shipped bundle is complete, so the fall back to English is shown with a Bengali bundle lacking a text
        var partial = new MessageCatalog(name -> name.equals("messages_bn.properties")
                ? withoutKey(MessageCatalog.load(name), "privacy.heading") : MessageCatalog.load(name));

        assertThat(catalog.lookup(Language.WELSH, true, "home.heading").language()).isEqualTo(Language.WELSH);
        assertThat(catalog.lookup(Language.WELSH, true, "home.heading").pattern())
                .isEqualTo(read("messages_cy.easy-read.properties").getProperty("home.heading"));
        assertThat(catalog.lookup(Language.WELSH, true, "home.title").pattern())
                .isEqualTo(read("messages_cy.properties").getProperty("home.title"));
        assertThat(catalog.lookup(Language.BENGALI, false, "privacy.heading").language()).isEqualTo(Language.BENGALI);
        assertThat(partial.lookup(Language.BENGALI, false, "privacy.heading"))
                .isEqualTo(new MessageCatalog.Text(read("messages_en.properties").getProperty("privacy.heading"), Language.ENGLISH));
        assertThat(partial.lookup(Language.BENGALI, false, "privacy.title").language()).isEqualTo(Language.BENGALI);
        assertThat(catalog.format(Language.ENGLISH, "no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    @DisplayName("Plurals are chosen by each language's own rules: six forms in Welsh, four in Polish")
    void pluralsFollowTheLanguage() {
        String six = "{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}";
        var welsh = new StringBuilder();
        for (int n : new int[] {0, 1, 2, 3, 6, 7, 100}) {
            welsh.append(MessageCatalog.formatPattern(six, Language.WELSH, java.util.Map.of("n", n)));
        }
        assertThat(welsh).hasToString("zotfmxx");

        String four = "{n, plural, one {o} few {f} many {m} other {x}}";
        var polish = new StringBuilder();
        for (Object n : new Object[] {1, 2, 5, 22, 25, 1.5}) {
            polish.append(MessageCatalog.formatPattern(four, Language.POLISH, java.util.Map.of("n", n)));
        }
        assertThat(polish).hasToString("ofmfmx");
    }

    private static Language languageOf(Path file) {
        String name = file.getFileName().toString();
        String tag = name.substring("messages_".length(), name.indexOf('.'));
        return Language.fromTag(tag).orElse(null);
    }

    private static Properties withoutKey(Properties bundle, String key) {
        var copy = new Properties();
        copy.putAll(bundle);
        copy.remove(key);
        return copy;
    }

    private static Properties read(String name) {
        var properties = MessageCatalog.load(name);
        assertThat(properties).as(name).isNotEmpty();
        return properties;
    }

    /** The selectors of each plural argument in a pattern, ignoring explicit "=n" ones. */
    static List<Set<String>> pluralSelectors(String pattern) {
        var parsed = new MessagePattern(pattern);
        var result = new ArrayList<Set<String>>();
        for (int i = 0; i < parsed.countParts(); i++) {
            var part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                var selectors = new TreeSet<String>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    var inner = parsed.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = parsed.getSubstring(inner);
                        if (!selector.startsWith("=")) {
                            selectors.add(selector);
                        }
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
                result.add(selectors);
            }
        }
        return result;
    }
}
