package org.normgraph.web.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;

/**
 * Events, instruments and dated positions on one time axis, grouped by year; the conferences of a
 * process (the London Process) carry its name so the page can band them together. Filters keep
 * the items that involve an actor and/or a norm or instrument, or whose date a given source (or kind of
 * source) states.
 *
 * <pre>{@code Timeline t = Timeline.of(rows, "china", null, null, "NationalPolicy");  t.years()
 * t.page(paging)   // the items of one page, grouped by year; total() stays the whole count
 * Timeline.of(indexRows, null, null, null, null).page(paging, ids -> detailRows(ids))   // only the page's items described}</pre>
 */
public record Timeline(Map<String, List<Item>> years, int total) {

    /** One dated thing: the first row describes it; actors and abouts are every id it involves, sources and kinds where its date is stated. */
    public record Item(Row row, Set<String> actors, Set<String> abouts, Set<String> sources, Set<String> kinds) {
        public String date() { return row.str("date"); }
        public String year() { return date().substring(0, 4); }
        public String kind() { return row.str("kind"); }
        public boolean inProcess() { return row.has("process"); }
    }

    public static Timeline of(List<Row> rows, String actor, String about, String source, String sourceKind) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Row r : rows) {
            Item it = items.computeIfAbsent(r.str("item"), k -> new Item(r, new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (r.has("doc")) it.sources().add(r.local("doc"));
            if (r.has("docKind")) it.kinds().add(r.local("docKind"));
            if (r.has("actor")) it.actors().add(r.local("actor"));
            if (r.has("about")) it.abouts().add(r.local("about"));
            if (r.has("item")) it.abouts().add(r.local("item"));
        }
        List<Item> sorted = new ArrayList<>(items.values());
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        List<Item> kept = new ArrayList<>();
        for (Item it : sorted) {
            if (actor != null && !it.actors().contains(actor)) continue;
            if (about != null && !it.abouts().contains(about)) continue;
            if (source != null && !it.sources().contains(source)) continue;
            if (sourceKind != null && !it.kinds().contains(sourceKind)) continue;
            kept.add(it);
        }
        return byYear(kept, kept.size());
    }

    /** One page of the items (in date order, ties by IRI as the query gives them), the total kept. */
    public Timeline page(Paging paging) {
        return byYear(paging.slice(items()), total);
    }

    /**
     * One page of the items, in this timeline's order, each described by {@code details}: the rows of
     * timeline.rq for the page's item IRIs (so only those are looked up); total() stays the whole count.
     */
    public Timeline page(Paging paging, Function<List<String>, List<Row>> details) {
        List<String> ids = paging.slice(items()).stream().map(it -> it.row().str("item")).toList();
        if (ids.isEmpty()) return byYear(List.of(), total);
        Map<String, Item> described = new HashMap<>();
        for (Item it : of(details.apply(ids), null, null, null, null).items()) described.put(it.row().str("item"), it);
        return byYear(ids.stream().map(described::get).filter(Objects::nonNull).toList(), total);
    }

    private static Timeline byYear(List<Item> items, int total) {
        Map<String, List<Item>> years = new LinkedHashMap<>();
        for (Item it : items) years.computeIfAbsent(it.year(), k -> new ArrayList<>()).add(it);
        return new Timeline(years, total);
    }

    public List<Item> items() { return years.values().stream().flatMap(List::stream).toList(); }

    public boolean isEmpty() { return years.isEmpty(); }

    public int size() { return years.values().stream().mapToInt(List::size).sum(); }
}
