package org.rnngradientlab.app.text;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as the UI shows and reads them, in the user's format locale (a class in Berlin sees "0,5", one in
 * Seoul "0.5"). Magnitudes far outside float64 arrive as log10 values and are written as "3.2 × 10⁴⁵⁰".
 */
public final class NumberText {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Locale locale;

    public NumberText(Locale locale) {
        this.locale = locale;
    }

    /** The format locale of this machine's user. */
    public static NumberText forUser() {
        return new NumberText(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** "10" followed by the exponent in superscript digits, e.g. 10⁻¹², for axis labels. */
    public static String powerOfTen(long exponent) {
        return "10" + superscript(exponent);
    }

    /** An integer in superscript digits, with a superscript minus. */
    public static String superscript(long value) {
        StringBuilder text = new StringBuilder();
        if (value < 0) {
            text.append('⁻');
        }
        for (char c : Long.toString(Math.abs(value)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }

    /** A fixed number of decimals, e.g. 0.797 or 0,797. */
    public String fixed(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** Up to {@code digits} significant digits, without trailing zeros; plain for moderate magnitudes. */
    public String significant(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(decimals);
            return format.format(value);
        }
        return ofLog10(Math.log10(magnitude), digits, value < 0);
    }

    /** Like {@link #significant} but with at least one decimal: 1.0, 0.5, 2.25. */
    public String atLeastOneDecimal(double value, int digits) {
        String text = significant(value, digits);
        return value == Math.rint(value) && Math.abs(value) < 1e6 ? fixed(value, 1) : text;
    }

    /** A magnitude given as its log10, e.g. 450.5 → "3.2 × 10⁴⁵⁰"; "0" for −∞. */
    public String ofLog10(double log10, int digits) {
        return ofLog10(log10, digits, false);
    }

    private String ofLog10(double log10, int digits, boolean negative) {
        if (log10 == Double.NEGATIVE_INFINITY) {
            return "0";
        }
        if (!Double.isFinite(log10)) {
            return "∞";
        }
        long exponent = (long) Math.floor(log10);
        double mantissa = Math.pow(10, log10 - exponent);
        if (Double.parseDouble(String.format(Locale.ROOT, "%." + (digits - 1) + "f", mantissa)) >= 10) {
            exponent++;
            mantissa /= 10;
        }
        if (exponent >= -3 && exponent < 6) {
            return significant((negative ? -1 : 1) * mantissa * Math.pow(10, exponent), digits);
        }
        return (negative ? "−" : "") + fixed(mantissa, digits - 1) + " × " + powerOfTen(exponent);
    }

    /**
     * Reads a number typed by a user: digits with an optional sign and one decimal separator, which may be
     * '.' or ',' whatever the locale, and an optional exponent ("1e-3"). Grouping separators are not read,
     * since "1.000" means one thing in Seoul and another in Berlin.
     */
    public Optional<Double> parse(String text) {
        String plain = text.strip().replace('\u2212', '-').replace(',', '.');
        if (!plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain));
    }
}
