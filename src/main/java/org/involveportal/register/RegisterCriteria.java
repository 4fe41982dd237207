package org.involveportal.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.people.Availability;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.InvolvementLevel;
import org.involveportal.people.PostcodeDistrict;
import org.involveportal.platform.FormRules;

/**
 * What staff search the register by, each optional: a topic, a client group, the rung of the ladder the
 * person wants, a language they write in or prefer, an area (a postcode district such as CF10, or a
 * postcode area such as CF), a communication or access need, and when they can take part. Read from the
 * plain GET form's parameters; a value no form sends is a problem beside its field, never an error page.
 *
 * @param need a {@link CommunicationNeed}'s name, or {@link #ACCESS_NEEDS} for anyone who wrote access needs
 */
public record RegisterCriteria(Topic topic, ClientGroup clientGroup, InvolvementLevel level, Language language,
                               String area, String need, Availability availability) {

    /** The need that stands for "told us about access needs in their own words". */
    public static final String ACCESS_NEEDS = "ACCESS";

    /** The form's field names, in form order. */
    public static final List<String> FIELDS = List.of("topic", "clientGroup", "level", "language", "area", "need", "availability");

    public static final RegisterCriteria ANY = new RegisterCriteria(null, null, null, null, null, null, null);

    /** The criteria read from the form, and the problems (bundle keys by field) with what could not be read. */
    public record Read(RegisterCriteria criteria, Map<String, String> problems) {
    }

    public static Read from(Function<String, String> parameter) {
        var problems = new LinkedHashMap<String, String>();
        var topic = choice(parameter, "topic", Topic.class, problems);
        var group = choice(parameter, "clientGroup", ClientGroup.class, problems);
        var level = choice(parameter, "level", InvolvementLevel.class, problems);
        Language language = null;
        String typedLanguage = parameter.apply("language");
        if (!FormRules.isBlank(typedLanguage)) {
            language = Language.fromTag(typedLanguage.strip()).orElse(null);
            if (language == null) {
                problems.put("language", "register.error.choice");
            }
        }
        String area = null;
        String typedArea = parameter.apply("area");
        if (!FormRules.isBlank(typedArea)) {
            area = PostcodeDistrict.typed(typedArea).orElse(null);
            if (area == null) {
                problems.put("area", "register.error.area");
            }
        }
        String need = null;
        String typedNeed = parameter.apply("need");
        if (!FormRules.isBlank(typedNeed)) {
            need = typedNeed.strip();
            if (!ACCESS_NEEDS.equals(need) && FormValuesOf.one(CommunicationNeed.class, need) == null) {
                problems.put("need", "register.error.choice");
                need = null;
            }
        }
        var availability = choice(parameter, "availability", Availability.class, problems);
        return new Read(new RegisterCriteria(topic, group, level, language, area, need, availability), problems);
    }

    private static <E extends Enum<E>> E choice(Function<String, String> parameter, String field, Class<E> type,
                                                Map<String, String> problems) {
        String typed = parameter.apply(field);
        if (FormRules.isBlank(typed)) {
            return null;
        }
        E value = FormValuesOf.one(type, typed.strip());
        if (value == null) {
            problems.put(field, "register.error.choice");
        }
        return value;
    }

    public CommunicationNeed communicationNeed() {
        return need == null || ACCESS_NEEDS.equals(need) ? null : CommunicationNeed.valueOf(need);
    }

    public boolean wantsAccessNeeds() {
        return ACCESS_NEEDS.equals(need);
    }

    /** The criteria as the form's query string (without "?"), for paging, exports and invitations. */
    public String query() {
        var parts = new ArrayList<String>();
        values().forEach((field, value) -> parts.add(field + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** The criteria in words for the audit trail: field names and values, never a person. */
    public String inWords() {
        var values = values();
        if (values.isEmpty()) {
            return "anyone who agreed to be contacted";
        }
        var parts = new ArrayList<String>();
        values.forEach((field, value) -> parts.add(field + "=" + value));
        return String.join(", ", parts);
    }

    /** The chosen values by field name, in form order; only those given. */
    public Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        put(values, "topic", topic);
        put(values, "clientGroup", clientGroup);
        put(values, "level", level);
        if (language != null) {
            values.put("language", language.tag());
        }
        if (area != null) {
            values.put("area", area);
        }
        if (need != null) {
            values.put("need", need);
        }
        put(values, "availability", availability);
        return values;
    }

    private static void put(Map<String, String> values, String field, Enum<?> value) {
        if (value != null) {
            values.put(field, value.name());
        }
    }

    /** A constant of an enum by its exact name, or null. */
    static final class FormValuesOf {
        private FormValuesOf() {
        }

        static <E extends Enum<E>> E one(Class<E> type, String name) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(name)) {
                    return value;
                }
            }
            return null;
        }
    }
}
