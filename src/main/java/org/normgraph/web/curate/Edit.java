package org.normgraph.web.curate;

import java.util.Objects;
import org.normgraph.web.HttpProblem;

/**
 * A curator's edit of one suggestion: the actor, stance, norm or instrument and quote it should
 * have. Ids are slugs, the stance one of {@link Stances#ALL}, the quote one line of at most
 * {@value #MAX_QUOTE} characters; anything else is a 400 naming the parameter.
 *
 * <pre>{@code new Edit("china", "Proposes", "cyber-sovereignty", "提出网络空间应遵守“网络主权”")}</pre>
 */
public record Edit(String actor, String stance, String about, String quote) {
    static final int MAX_QUOTE = 2000;
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

    public Edit {
        actor = slug("actor", actor);
        about = slug("about", about);
        if (!Stances.valid(stance)) throw new HttpProblem(400, "error.curate.badStance", "stance", String.join(", ", Stances.ALL));
        Objects.requireNonNull(quote);
        quote = quote.replaceAll("\\s+", " ").strip();
        if (quote.isEmpty()) throw new HttpProblem(400, "error.missing", "quote");
        if (quote.length() > MAX_QUOTE) throw new HttpProblem(400, "error.tooLong", "quote", MAX_QUOTE);
    }

    private static String slug(String name, String value) {
        String v = value == null ? "" : value.strip();
        if (!SLUG.matcher(v).matches()) throw new HttpProblem(400, "error.curate.badId", name);
        return v;
    }
}
