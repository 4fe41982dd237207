package org.involveportal.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Values of a plain HTML form: ticked checkboxes as a set of an enum, anything unknown left out. */
public final class FormValues {

    private FormValues() {
    }

    public static <E extends Enum<E>> E one(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    public static <E extends Enum<E>> Set<E> several(HttpServletRequest request, Class<E> type, String parameter) {
        var chosen = EnumSet.noneOf(type);
        var values = request.getParameterValues(parameter);
        if (values != null) {
            for (String value : values) {
                var one = one(type, value);
                if (one != null) {
                    chosen.add(one);
                }
            }
        }
        return chosen;
    }
}
