package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a text writes them — {@code 2011 年 11 月}, {@code 2012 年 10 月 4 日}, {@code 12 November 2018},
 * {@code November 12, 2018}, {@code July 2013} — read into {@code YYYY-MM-DD} or {@code YYYY-MM}. A
 * span of days ({@code 1 － 2 日}) gives only its month. {@link #only} gives a date only when the span
 * holds exactly one: nothing is guessed.
 *
 * <pre>{@code DateFinder.only("2011 年 11 月 1 日在伦敦", 0, 14)  // "2011-11-01"}</pre>
 */
public final class DateFinder {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern ZH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*(日|[－\\-–~～至]))?");
    private static final Pattern EN_DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?(" + MONTHS + ")\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MDY = Pattern.compile("\\b(" + MONTHS + ")\\s+(?:(\\d{1,2}),\\s*)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private DateFinder() {}

    /** Every date in text[from, to), as ISO strings, in order, without repeats. */
    public static List<String> all(String text, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ZH.matcher(text).region(from, to);
        while (m.find()) {
            String day = m.group(3) != null && "日".equals(m.group(4)) ? m.group(3) : null;
            out.add(iso(m.group(1), Integer.parseInt(m.group(2)), day));
        }
        m = EN_DMY.matcher(text).region(from, to);
        while (m.find()) out.add(iso(m.group(3), month(m.group(2)), m.group(1)));
        m = EN_MDY.matcher(text).region(from, to);
        while (m.find()) out.add(iso(m.group(3), month(m.group(1)), m.group(2)));
        return new ArrayList<>(out).stream().filter(d -> d != null).distinct().toList();
    }

    /** The one date in text[from, to), or null when there is none or more than one. */
    public static String only(String text, int from, int to) {
        List<String> all = all(text, from, to);
        List<String> days = all.stream().filter(d -> d.length() == 10).toList();
        if (days.size() == 1 && all.stream().allMatch(d -> days.getFirst().startsWith(d))) return days.getFirst();
        return all.size() == 1 ? all.getFirst() : null;
    }

    private static int month(String name) {
        return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static String iso(String year, int month, String day) {
        if (month < 1 || month > 12) return null;
        if (day == null) return String.format("%s-%02d", year, month);
        int d = Integer.parseInt(day);
        return d < 1 || d > 31 ? null : String.format("%s-%02d-%02d", year, month, d);
    }
}
