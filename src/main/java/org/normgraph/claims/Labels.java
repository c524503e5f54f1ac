package org.normgraph.claims;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** Adds a {zh, en} text as two language-tagged literals. */
final class Labels {
    private Labels() {}

    static void add(Resource r, Property p, Specs.LangText t) {
        if (t == null) return;
        if (t.zh() != null) r.addProperty(p, t.zh(), "zh");
        if (t.en() != null) r.addProperty(p, t.en(), "en");
    }
}
