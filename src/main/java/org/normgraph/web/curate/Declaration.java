package org.normgraph.web.curate;

import java.util.regex.Pattern;
import org.normgraph.claims.EntityTypes;
import org.normgraph.web.HttpProblem;

/**
 * A curator's declaration of a new-name candidate as an entity: its id (a slug), its type (one of
 * {@link EntityTypes#declarable()}) and its Chinese and English labels, at least one given, each one
 * line of at most {@value #MAX_LABEL} characters; anything else is a 400 naming the parameter.
 * Whether the id is free is checked against the graph and the draft by the page ({@link NamePages}).
 *
 * <pre>{@code new Declaration("budapest-convention-on-cybercrime", "Treaty", "", "Budapest Convention on Cybercrime")}</pre>
 */
public record Declaration(String id, String type, String labelZh, String labelEn) {
    static final int MAX_LABEL = 500;
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

    public Declaration {
        id = id == null ? "" : id.strip();
        if (!SLUG.matcher(id).matches()) throw new HttpProblem(400, "error.curate.badId", "id");
        if (type == null || !EntityTypes.declarable().contains(type)) {
            throw new HttpProblem(400, "error.curate.badType", "type", String.join(", ", EntityTypes.declarable()));
        }
        labelZh = label("label_zh", labelZh);
        labelEn = label("label_en", labelEn);
        if (labelZh.isEmpty() && labelEn.isEmpty()) throw new HttpProblem(400, "error.curate.noLabel", "label_zh", "label_en");
    }

    private static String label(String name, String value) {
        String v = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (v.length() > MAX_LABEL) throw new HttpProblem(400, "error.tooLong", name, MAX_LABEL);
        return v;
    }

    /** Both labels given, or the claims file still needs the other language before it loads. */
    public boolean bothLabels() { return !labelZh.isEmpty() && !labelEn.isEmpty(); }
}
