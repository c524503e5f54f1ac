package org.normgraph.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims files that are expressions (language versions) of one instrument ({@code source.expressionOf}),
 * and what they declare that another expression may add evidence to: positions by id, facts by
 * subject, property and object or value.
 *
 * <pre>{@code ids.expressions().siblings(frenchFile)  // [the English file]}</pre>
 */
public final class Expressions {
    /** A fact declared in a claims file: the slug of its ng:Claim and the file's path. */
    public record Declared(String claimSlug, Path file) {}

    /** Only the files that express an instrument are kept whole; of the others, paths. */
    private final Map<String, List<Specs.File>> byInstrument = new LinkedHashMap<>();
    private final Map<String, Path> positionFile = new HashMap<>();
    private final Map<String, List<Declared>> facts = new HashMap<>();

    static Expressions of(List<Specs.File> files) {
        Expressions x = new Expressions();
        files.forEach(x::add);
        return x;
    }

    /** Takes in what one claims file declares. */
    void add(Specs.File f) {
        if (f.source() != null && f.source().expressionOf() != null) {
            byInstrument.computeIfAbsent(f.source().expressionOf(), k -> new ArrayList<>()).add(f);
        }
        for (Specs.Position p : f.positions()) if (p.id() != null) positionFile.putIfAbsent(p.id(), f.path());
        if (f.source() == null || f.source().expressionOf() == null) return;   // only expressions' facts are referred to
        for (Specs.Entity e : f.entities()) {
            int n = 0;
            for (Specs.Fact fact : e.facts()) {
                n++;
                if (e.id() == null || fact.property() == null) continue;
                String value = fact.value() instanceof String s ? s : null;
                facts.computeIfAbsent(key(e.id(), fact.property(), fact.object(), value), k -> new ArrayList<>())
                        .add(new Declared(ClaimsMapper.claimSlug(e.id(), fact.property(), n), f.path()));
            }
        }
    }

    private static String key(String s, String p, String o, String value) {
        return s + "\u0000" + p + "\u0000" + (o != null ? "o:" + o : "v:" + value);
    }

    /** The other expressions of the instrument this file expresses (none if it names no instrument). */
    public List<Specs.File> siblings(Specs.File file) {
        String instrument = file.source() == null ? null : file.source().expressionOf();
        if (instrument == null) return List.of();
        return byInstrument.getOrDefault(instrument, List.of()).stream().filter(f -> !f.path().equals(file.path())).toList();
    }

    /** The path of the file that declares a position, or null. */
    public Path fileOfPosition(String id) { return positionFile.get(id); }

    /** The facts matching a reference that are declared in one of the given files. */
    public List<Declared> facts(Specs.FactRef ref, List<Specs.File> in) {
        return facts.getOrDefault(key(ref.subject(), ref.property(), ref.object(), ref.value()), List.of()).stream()
                .filter(d -> in.stream().anyMatch(f -> Objects.equals(f.path(), d.file()))).toList();
    }

    /** A language's English name for messages ("the French expression"), else its code. */
    public static String languageName(String code) {
        if (code == null) return "other";
        return switch (code) {
            case "en" -> "English";
            case "fr" -> "French";
            case "zh" -> "Chinese";
            case "ru" -> "Russian";
            case "es" -> "Spanish";
            case "ar" -> "Arabic";
            case "de" -> "German";
            default -> code;
        };
    }
}
