package org.normgraph.suggest;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a name may take in running text besides the one the graph stores: without a bracketed
 * addition ({@code 联合国网络犯罪公约（建议）} → 联合国网络犯罪公约, {@code Interception (for serious offences)}),
 * without 《》 or quotation marks, without a leading "the", with the last English word in the plural
 * ({@code Party} → {@code Parties}; never the singular of a plural: {@code States} is a group, {@code State} is not) and with a leading English "-ing" word as the bare verb
 * ({@code Strengthening the security of…} → {@code Strengthen the security of…}). A form shorter than
 * {@value #MIN} folded characters is dropped: short forms are too often other words.
 *
 * <pre>{@code NameForms.of("the Party")  // [the Party, Party, the Parties, Parties]}</pre>
 */
final class NameForms {
    static final int MIN = 4;

    private NameForms() {}

    static Set<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String bare = name.replaceAll("\\s*[(（][^()（）]*[)）]", "").replaceAll("[《》“”\"]", "").strip();
        add(out, bare);
        for (String f : Set.copyOf(out)) add(out, f.replaceFirst("^(?i)the\\s+", ""));
        for (String f : Set.copyOf(out)) { add(out, number(f)); add(out, verb(f)); }
        return out;
    }

    private static void add(Set<String> out, String form) {
        if (form != null && Folded.key(form).codePointCount(0, Folded.key(form).length()) >= MIN) out.add(form);
    }

    /** The last word in the plural; null when it is plural already or not an English word. */
    static String number(String f) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*\\b)([A-Za-z]{3,})$").matcher(f);
        if (!m.matches()) return null;
        String w = m.group(2);
        if (w.endsWith("s") && !w.endsWith("ss")) return null;
        String other = w.endsWith("ss") ? w + "es"
                : w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0 ? w.substring(0, w.length() - 1) + "ies"
                : w + "s";
        return m.group(1) + other;
    }

    /** A leading "-ing" word as the bare verb ("Taking steps" → "Take steps"); null otherwise. */
    static String verb(String f) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z]{3,})ing(\\s.*)$").matcher(f);
        if (!m.matches()) return null;
        String stem = m.group(1);
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) stem = stem.substring(0, stem.length() - 1);
        else if (stem.matches(".*[^aeiou][aeiou][kvcsz]$") || stem.endsWith("is") || stem.endsWith("iz")) stem = stem + "e";
        return stem + m.group(2);
    }
}
