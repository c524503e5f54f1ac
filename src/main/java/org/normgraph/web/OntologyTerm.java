package org.normgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One term of the ng: vocabulary as the ontology page shows it: IRI, prefixed name, kind (class,
 * object / datatype / annotation property, individual), labels and comments in zh and en, and its
 * relations (superClass, superProperty, subClass, domain, range, inverse, type, member) to other
 * terms, each a {@link Ref}.
 *
 * <pre>{@code term.refs("domain")  // [Ref[curie=ng:Position, href=/ns#Position, …]]}</pre>
 */
public record OntologyTerm(String iri, String curie, String local, String kind, String labelZh, String labelEn,
                           String commentZh, String commentEn, Map<String, List<Ref>> relations) {
    /** The order relations are shown in. */
    public static final List<String> RELATIONS = List.of("superClass", "superProperty", "subClass", "domain", "range",
            "inverse", "type", "member");

    /** A term this one points to: prefixed name, link (local for ng:, the IRI otherwise), labels if known. */
    public record Ref(String curie, String href, String labelZh, String labelEn) {
        public String label(String lang) {
            String want = "zh".equals(lang) ? labelZh : labelEn, other = "zh".equals(lang) ? labelEn : labelZh;
            return want != null ? want : other;
        }
    }

    public OntologyTerm {
        relations = new LinkedHashMap<>(relations);
    }

    public List<Ref> refs(String relation) { return relations.getOrDefault(relation, List.of()); }

    void add(String relation, Ref ref) {
        List<Ref> list = relations.computeIfAbsent(relation, k -> new ArrayList<>());
        if (!list.contains(ref)) list.add(ref);
    }
}
