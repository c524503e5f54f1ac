package org.normgraph.search;

import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The searchable texts of one entity, gathered from the graph before indexing: its IRI, type and
 * names for display, and the texts of each field (labels, aliases, comments, quotes), each text once, in
 * the order first added.
 *
 * <pre>{@code
 * SearchEntity e = new SearchEntity(iri, "/id/china", "State", "国家", "State", "中国", "China");
 * e.labels().add("中国");
 * e.quotes().add(new SearchEntity.Quote("中国、俄罗斯等", "/id/source/...#ev-china"));
 * }</pre>
 */
public record SearchEntity(String iri, String path, String type, String typeZh, String typeEn, String labelZh,
                           String labelEn, SequencedSet<String> labels, SequencedSet<String> aliases, SequencedSet<String> comments,
                           SequencedSet<Quote> quotes, SequencedSet<Quote> related) {

    /** A quote from the source, and the local link to its highlighted place in the source view. */
    public record Quote(String text, String link) {}

    public SearchEntity(String iri, String path, String type, String typeZh, String typeEn, String labelZh,
                        String labelEn) {
        this(iri, path, type, typeZh, typeEn, labelZh, labelEn, new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }
}
