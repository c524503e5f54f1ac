package org.normgraph.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The searchable texts of one entity, gathered from the graph before indexing: its IRI, type and
 * names for display, and the texts of each field (labels, aliases, comments, quotes).
 *
 * <pre>{@code
 * SearchEntity e = new SearchEntity(iri, "/id/china", "State", "国家", "State", "中国", "China");
 * e.labels().add("中国");
 * e.quotes().add(new SearchEntity.Quote("中国、俄罗斯等", "/id/source/...#ev-china"));
 * }</pre>
 */
public record SearchEntity(String iri, String path, String type, String typeZh, String typeEn, String labelZh,
                           String labelEn, List<String> labels, List<String> aliases, List<String> comments,
                           List<Quote> quotes, List<Quote> related) {

    /** A quote from the source, and the local link to its highlighted place in the source view. */
    public record Quote(String text, String link) {}

    public SearchEntity(String iri, String path, String type, String typeZh, String typeEn, String labelZh,
                        String labelEn) {
        this(iri, path, type, typeZh, typeEn, labelZh, labelEn, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
