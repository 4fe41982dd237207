package org.involveportal.web.cache;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.involveportal.i18n.ReadingMode;
import org.involveportal.i18n.RequestLocale;

/**
 * Which pages are kept, and by what key. Only public pages that show the same to every visitor who is
 * not signed in: the home page, the lists, the calendar (by month, view and filters), a consultation's, a group's and an activity's page, "You said, we did" and
 * the footer's pages, the training list and a course's page, the action plans and a plan's page. Never the answering journey (its address holds a draft's secret token), accounts,
 * forms, the back office or the tests' support, whose addresses are not listed here.
 */
final class CacheablePages {

    /** Parameters every page reads: the reading modes and outlining untranslated text. */
    private static final Set<String> EVERY_PAGE = Set.of(ReadingMode.READ_PARAMETER, ReadingMode.PRINT_PARAMETER, "gaps");

    /** Pages by address, with the filters each one reads; other parameters are left out of the key. */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/", Set.of()),
            Map.entry("/consultations", Set.of("topic", "who")),
            Map.entry("/groups", Set.of("topic", "who", "how", "area")),
            Map.entry("/activities", Set.of("kind", "topic", "who")),
            Map.entry("/calendar", Set.of("view", "month", "kind", "group", "partner", "topic", "who")),
            Map.entry("/training", Set.of()),
            Map.entry("/action-plans", Set.of()),
            Map.entry("/you-said-we-did", Set.of("topic")),
            Map.entry("/glossary", Set.of()),
            Map.entry("/accessibility", Set.of()),
            Map.entry("/privacy", Set.of()),
            Map.entry("/contact", Set.of()),
            Map.entry("/payment-and-benefits", Set.of()));

    /** A consultation's, a group's or an activity's own page (not the pages under it: answering, joining, interest). */
    private static final Pattern SUBJECT_PAGE = Pattern.compile("/(consultations|groups|activities|training|action-plans)/[a-z0-9][a-z0-9-]{0,119}");

    /** The values every page understands of its own parameters; any other is not kept. */
    private static final Map<String, Set<String>> EVERY_PAGE_VALUES = Map.of(
            ReadingMode.READ_PARAMETER, Set.of(ReadingMode.EASY, ReadingMode.STANDARD_VALUE),
            ReadingMode.PRINT_PARAMETER, Set.of(ReadingMode.LARGE, ReadingMode.STANDARD_VALUE),
            "gaps", Set.of("show"));

    /**
     * A parameter value pages could read; anything else is not cached (and needs no entry of its own).
     * A page's own filters are checked by the page, which marks a value it does not know as not to be
     * kept ({@code PageBean.notKept}).
     */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private CacheablePages() {
    }

    /** The parameters this page reads, or null when the page is not kept. */
    static Set<String> parametersOf(String pagePath) {
        var parameters = PAGES.get(pagePath);
        if (parameters != null) {
            return union(parameters);
        }
        return SUBJECT_PAGE.matcher(pagePath).matches() ? EVERY_PAGE : null;
    }

    private static Set<String> union(Set<String> own) {
        if (own.isEmpty()) {
            return EVERY_PAGE;
        }
        var all = new HashSet<>(EVERY_PAGE);
        all.addAll(own);
        return Set.copyOf(all);
    }

    /**
     * Everything that changes a page's bytes: language, reading mode (from its parameters or its
     * cookie), address and the parameters the page reads, sorted. Null when a value is not plain (the
     * page is then rendered, not kept).
     */
    static String key(RequestLocale locale, Map<String, String[]> known) {
        var key = new StringBuilder(64).append(locale.language().tag()).append(' ')
                .append(locale.mode().cookieValue()).append(' ').append(locale.pagePath());
        char separator = '?';
        for (var parameter : new TreeMap<>(known).entrySet()) {
            for (String value : parameter.getValue()) {
                var understood = EVERY_PAGE_VALUES.get(parameter.getKey());
                if (!PLAIN_VALUE.matcher(value).matches() || understood != null && !understood.contains(value)) {
                    return null;
                }
                key.append(separator).append(parameter.getKey()).append('=').append(value);
                separator = '&';
            }
        }
        return key.toString();
    }

    /** Only the known parameters, in the request's order. */
    static Map<String, String[]> knownOf(Map<String, String[]> all, Set<String> known) {
        var kept = new LinkedHashMap<String, String[]>();
        all.forEach((name, values) -> {
            if (known.contains(name)) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    static List<String> varyHeaders(String pagePath) {
        // The root follows a remembered language, or else the browser's, by redirect.
        return "/".equals(pagePath) ? List.of("Cookie", "Accept-Language") : List.of("Cookie");
    }
}
