package org.involveportal.platform;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sums of money in pounds: exact decimals with two places (never a double), read from what a person types and
 * written in the reader's language.
 */
public final class Money {

    /** The most any one amount may be: a claim or a rate, not a salary. */
    public static final BigDecimal MOST = new BigDecimal("9999.99");

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Pounds, with or without a pound sign, commas between thousands and up to two places of pence. */
    private static final Pattern TYPED = Pattern.compile("£?\\s*([0-9]{1,3}(,[0-9]{3})*|[0-9]+)(\\.[0-9]{1,2})?");

    private Money() {
    }

    /**
     * An amount typed by a person ({@code 12}, {@code 12.5}, {@code £1,250.00}), with two places; empty when it is not
     * one, is negative, has more than two places of pence or is over {@link #MOST}.
     */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip();
        if (!TYPED.matcher(value).matches()) {
            return Optional.empty();
        }
        var amount = new BigDecimal(value.replace("£", "").replace(",", "").strip()).setScale(2, RoundingMode.UNNECESSARY);
        return amount.compareTo(MOST) > 0 ? Optional.empty() : Optional.of(amount);
    }

    /** A quantity typed by a person (miles, hours): a positive number with up to two places, at most 9999.99. */
    public static Optional<BigDecimal> parseQuantity(String typed) {
        if (typed == null || typed.isBlank() || typed.contains("£")) {
            return Optional.empty();
        }
        return parse(typed).filter(quantity -> quantity.signum() > 0);
    }

    /** Rounded to the penny, halves up, as a person working it out by hand would. */
    public static BigDecimal pence(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** An amount as the reader writes money: {@code £12.50}, {@code 12,50 £} in Polish. */
    public static String format(BigDecimal amount, ULocale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("GBP"));
        return format.format(amount);
    }

    /** An amount as in a spreadsheet or finance file: {@code 12.50}. */
    public static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
