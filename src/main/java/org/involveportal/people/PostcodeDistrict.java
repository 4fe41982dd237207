package org.involveportal.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The postcode district (the outward code: CF10, SA1, LL57) of a UK postal address, found in its last
 * full postcode; the register's "area". Residents already type an address for post, so asking for an area
 * too would ask twice; one without an address has no district and is found by the other criteria.
 */
public final class PostcodeDistrict {

    /** The longest district: two letters, a digit and a letter or digit (EC1A, CF10). */
    public static final int MAX = 4;

    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b");
    private static final Pattern DISTRICT_OR_AREA = Pattern.compile("[A-Z]{1,2}([0-9][A-Z0-9]?)?");

    private PostcodeDistrict() {
    }

    /** The district of the last postcode in the address; empty when it has none. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        var matcher = POSTCODE.matcher(address.toUpperCase(Locale.ROOT));
        String district = null;
        while (matcher.find()) {
            district = matcher.group(1);
        }
        return Optional.ofNullable(district);
    }

    /**
     * What staff typed as an area, as a district or a postcode area ("cf10 " is CF10, "sa" is SA); empty when
     * it is neither.
     */
    public static Optional<String> typed(String area) {
        if (area == null) {
            return Optional.empty();
        }
        String cleaned = area.strip().toUpperCase(Locale.ROOT);
        return DISTRICT_OR_AREA.matcher(cleaned).matches() ? Optional.of(cleaned) : Optional.empty();
    }

    /** Whether a district is in what staff typed: the district itself, or its postcode area's letters. */
    public static boolean isIn(String district, String typed) {
        if (district == null || typed == null) {
            return false;
        }
        if (district.equals(typed)) {
            return true;
        }
        return typed.chars().allMatch(Character::isLetter) && district.startsWith(typed)
                && Character.isDigit(district.charAt(typed.length()));
    }
}
