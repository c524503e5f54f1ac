package org.normgraph.web.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One stretch of a source text between two consecutive boundaries (a start or end of an evidence
 * span, section heading, footnote or footnote marker), with everything the template needs to draw
 * it: its exact text, its kind, the anchors that start here, the evidence links that cover it,
 * and, at the end of a footnote, the works that footnote cites. No HTML here: the {@code source}
 * template loops over segments and escapes every value.
 *
 * <pre>{@code new Segment("网络主权", "text", List.of("ev-x"), List.of("ev-x"), links, List.of(), null, 0, List.of())}</pre>
 *
 * @param kind    {@code text}, {@code heading}, {@code footnote} (footnote text) or {@code marker}
 * @param anchors ids that start at this segment: {@code ev-{slug}}, {@code sec-{n}}, {@code fn-{n}}
 * @param targets ids this segment belongs to (covering evidences, its footnote), for highlighting
 * @param links   what the covering evidences support, most specific (shortest span) first
  * @param also    where an evidence starts, links to the other pages that the covering evidences support
 * @param href    for a marker, the footnote it links to ({@code #fn-12}), else null
 * @param note    for a marker, its footnote number; else 0
 * @param works   at the last segment of a footnote, the works the footnote cites
 */
public record Segment(String text, String kind, List<String> anchors, List<String> targets, List<Link> links,
                      List<Link> also, String href, int note, List<Work> works) {

    /** A link from highlighted text to the entity, position or fact page that its evidence supports. */
    public record Link(String href, String title) {}

    /** A work cited in a footnote: its page, title, creators' names, date and URL (any may be null). */
    public record Work(String href, String title, String creators, String issued, String url, int note) {}

    public boolean marked() { return !links.isEmpty(); }

    /**
     * The text as shown: a heading without its Markdown marks ({@code #}) and blank lines, so
     * "### Article  32 \n\n####Trans-border …" reads as two heading lines; any other segment as stored.
     */
    public String shown() {
        if (!"heading".equals(kind) || text.indexOf('#') < 0) return text;
        return text.replaceAll("#+[ \\t]*", "").replaceAll("\\n[ \\t]*\\n(\\s*\\n)*", "\n");
    }

    /** True for a piece of white space only (a line break inside a span): highlighted, but not a link of its own. */
    public boolean blank() { return shown().isBlank(); }

    public Link primary() { return links.isEmpty() ? null : links.getFirst(); }

    /** The tooltip: every supported statement, separated by " | ". */
    public String title() { return links.stream().map(Link::title).collect(Collectors.joining(" | ")); }

    public String targetList() { return String.join(" ", targets); }

    public String linkList() { return links.stream().map(Link::href).distinct().collect(Collectors.joining(" ")); }
}
