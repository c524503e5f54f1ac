package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.claims.Specs;
import org.normgraph.source.QuoteLocator;
import org.normgraph.suggest.YamlText;
import org.normgraph.web.curate.Declaration;
import org.normgraph.web.curate.DraftItems;
import org.normgraph.web.curate.DraftName;
import org.normgraph.web.curate.DraftNames;
import org.normgraph.web.curate.Highlights;
import org.normgraph.web.curate.NameEdits;

/** The review page's names over HTTP: each choice's exact change to the draft `normgraph suggest` writes for the Paris Call. */
class CurateNamesTest {
    static final String PASSWORD = "names-pw";
    @TempDir static Path tmp;
    static DraftProject project;
    static NormgraphServer server;
    static String origin;

    @BeforeAll
    static void start() throws Exception {
        project = DraftProject.of(tmp, "002_paris_call_2018_en", "paris-call-supporters");
        server = NormgraphServer.create().dataset(LoadedStore.get()).port(0).adminPassword(PASSWORD).layout(project.layout()).build().start();
        origin = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void freshDraft() throws Exception {
        project.writeDraft();
    }

    static HttpResponse<String> page(String lang) {
        return Http.get(server.url() + "curate/" + project.name() + "?lang=" + lang, "Authorization", SecurityTest.basic("admin", PASSWORD));
    }

    static HttpResponse<String> post(DraftName.Group group, String name, String form, String... more) {
        return Http.post(server.url() + "curate/" + project.name() + "/" + group.key() + "/" + name, "application/x-www-form-urlencoded", form,
                Stream.concat(Stream.of("Authorization", SecurityTest.basic("admin", PASSWORD), "Origin", origin), Stream.of(more))
                        .toArray(String[]::new));
    }

    static String declare(String id, String type, String labelEn) {
        return "action=declare&id=" + Http.enc(id) + "&type=" + Http.enc(type) + "&label_zh=&label_en=" + Http.enc(labelEn);
    }

    static List<String> lines() throws Exception { return Files.readAllLines(project.draft()); }

    static List<DraftName> names(DraftName.Group group) throws Exception { return DraftNames.of(lines(), group); }

    /** The candidates whose first quote occurs once in the text, so their entity carries the quote without a prefix. */
    static List<DraftName> uniqueCandidates() throws Exception {
        QuoteLocator loc = new QuoteLocator(Files.readString(project.text()));
        return names(DraftName.Group.CANDIDATES).stream().filter(c -> loc.find(c.quote(), null, null).size() == 1).toList();
    }

    static List<String> without(List<String> lines, int line) {
        List<String> out = new ArrayList<>(lines);
        out.remove(line);
        return out;
    }

    static List<String> entityLines(String id, String type, DraftName c) {
        return List.of("  - id: " + id, "    type: " + type, "    label: {zh: \"\", en: " + YamlText.quoted(c.name()) + "}   # give both languages",
                "    quote: " + YamlText.quoted(c.quote()), "    # line " + c.textLine());
    }

    @Test
    void the_page_marks_each_name_in_the_text_and_links_each_form_to_its_mark() throws Exception {
        String body = page("en").body();
        assertThat(names(DraftName.Group.CANDIDATES)).isNotEmpty();
        assertThat(body).contains("<span class=\"name new\">").contains("<span class=\"name known\">").contains("<span class=\"name described\">");
        for (DraftName.Group g : DraftName.Group.values()) {
            for (DraftName n : names(g)) {
                assertThat(body).contains("id=\"name-" + n.anchor() + "\"").contains("id=\"" + n.anchor() + "\"").contains("href=\"#" + n.anchor() + "\"");
            }
        }
        assertThat(body).contains("<option value=\"Treaty\">Treaty (Treaty)</option>").doesNotContain("<option value=\"Article\">");
        assertThat(page("zh").body()).contains("<option value=\"Treaty\">条约 (Treaty)</option>").contains("图谱中尚无的新名称");
    }

    @Test
    void declaring_a_candidate_writes_exactly_its_entity_before_the_positions_removes_its_line_and_points_its_positions_at_the_new_id() throws Exception {
        List<String> before = lines();
        DraftName c = uniqueCandidates().getFirst();
        String id = c.defaultId() + "-x";
        HttpResponse<String> r = post(DraftName.Group.CANDIDATES, c.id(), declare(id, "Treaty", c.name()) + "&line=" + c.textLine());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).get().asString().contains("done=declare&item=" + id);
        List<String> expected = without(before, c.fileLine());
        expected.replaceAll(l -> l.matches("    about: " + c.id() + "(\\s+#.*)?") ? "    about: " + id : l);
        int positions = expected.indexOf("positions:");
        List<String> block = new ArrayList<>(List.of("entities:", ""));
        block.addAll(entityLines(id, "Treaty", c));
        block.add("");
        expected.addAll(positions, block);
        assertThat(lines()).isEqualTo(expected);
        assertThat(names(DraftName.Group.CANDIDATES)).extracting(DraftName::id).doesNotContain(c.id());
        String back = r.headers().firstValue("Location").orElseThrow().replaceAll("#.*", "");
        assertThat(Http.get(server.url() + back.substring(1) + "&lang=en", "Authorization", SecurityTest.basic("admin", PASSWORD)).body())
                .contains("Declared as an entity of the draft: " + id);
    }

    @Test
    void a_declared_entity_with_both_labels_reads_as_claims_once_the_draft_is_reviewed() throws Exception {
        DraftName c = uniqueCandidates().getFirst();
        String form = "action=declare&id=declared-name&type=Treaty&label_zh=" + Http.enc("中文名称") + "&label_en=" + Http.enc(c.name());
        assertThat(post(DraftName.Group.CANDIDATES, c.id(), form).statusCode()).isEqualTo(303);
        assertThat(lines()).contains("    label: {zh: \"中文名称\", en: " + YamlText.quoted(c.name()) + "}");
        List<String> kept = new ArrayList<>();
        String section = "";
        for (String l : lines()) {
            if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#")) section = l.replaceAll(":.*", "");
            if (l.startsWith("  title:")) l = "  title: {zh: \"标题\", en: \"Title\"}";
            if (section.equals("source") || section.equals("entities")) kept.add(l);
        }
        Path claims = tmp.resolve("reviewed.claims.yaml");
        Files.write(claims, kept);
        Specs.Entity e = ClaimsReader.read(claims).entities().getFirst();
        assertThat(e.id()).isEqualTo("declared-name");
        assertThat(e.type()).isEqualTo("Treaty");
        assertThat(e.label().en()).isEqualTo(c.name());
        assertThat(e.quote().exact()).isEqualTo(c.quote());
    }

    @Test
    void on_the_chinese_paper_every_name_is_read_and_marked_and_a_declared_name_gets_its_chinese_label() throws Exception {
        DraftProject paper = DraftProject.of(tmp.resolve("paper"), "000_e5d6ea557abd06dc", null);
        List<String> lines = Files.readAllLines(paper.draft());
        String text = Files.readString(paper.text());
        List<DraftName> all = new ArrayList<>();
        for (DraftName.Group g : DraftName.Group.values()) all.addAll(DraftNames.of(lines, g));
        assertThat(all).hasSize((int) lines.stream().filter(l -> l.startsWith("    - {id: ")).count());
        Highlights h = Highlights.of(text, DraftItems.of(lines), all);
        assertThat(all).allMatch(n -> h.located(n.anchor()));
        DraftName c = DraftNames.of(lines, DraftName.Group.CANDIDATES).stream().filter(n -> !n.name().matches(".*[A-Za-z0-9].*")).findFirst().orElseThrow();
        assertThat(c.defaultId()).isEmpty();
        assertThat(DraftNames.language(lines)).isEqualTo("zh");
        List<String> after = NameEdits.declare(lines, c, new Declaration("declared-name", "Instrument", c.name(), ""), text);
        assertThat(after).containsSubsequence("entities:", "", "  - id: declared-name", "    type: Instrument",
                "    label: {zh: " + YamlText.quoted(c.name()) + ", en: \"\"}   # give both languages", "    # line " + c.textLine(), "", "positions:");
        assertThat(after).doesNotContain(lines.get(c.fileLine()));
    }

    @Test
    void a_second_declaration_goes_after_the_first_in_the_entities_list() throws Exception {
        List<DraftName> unique = uniqueCandidates();
        assertThat(unique).hasSizeGreaterThanOrEqualTo(2);
        DraftName first = unique.get(0), second = unique.get(1);
        assertThat(post(DraftName.Group.CANDIDATES, first.id(), declare("first-name", "Conference", first.name())).statusCode()).isEqualTo(303);
        List<String> before = lines();
        DraftName now = DraftNames.of(before, DraftName.Group.CANDIDATES).stream().filter(n -> n.id().equals(second.id())).findFirst().orElseThrow();
        assertThat(post(DraftName.Group.CANDIDATES, second.id(), declare("second-name", "Topic", second.name())).statusCode()).isEqualTo(303);
        List<String> expected = without(before, now.fileLine());
        expected.replaceAll(l -> l.matches("    about: " + second.id() + "(\\s+#.*)?") ? "    about: second-name" : l);
        int firstItem = expected.indexOf("  - id: first-name");
        int end = firstItem + expected.subList(firstItem, expected.size()).indexOf("    # line " + first.textLine()) + 1;
        List<String> block = new ArrayList<>(List.of(""));
        block.addAll(entityLines("second-name", "Topic", second));
        expected.addAll(end, block);
        assertThat(lines()).isEqualTo(expected);
    }

    @Test
    void rejecting_a_candidate_or_a_mention_removes_only_its_line() throws Exception {
        for (DraftName.Group g : DraftName.Group.values()) {
            List<String> before = lines();
            DraftName n = names(g).getLast();
            HttpResponse<String> r = post(g, n.id(), "action=reject&line=" + n.textLine());
            assertThat(r.statusCode()).as(g + ": " + r.body()).isEqualTo(303);
            assertThat(lines()).as(g.key()).isEqualTo(without(before, n.fileLine()));
        }
    }

    @Test
    void rejecting_the_last_candidate_leaves_an_empty_list() throws Exception {
        for (DraftName c : names(DraftName.Group.CANDIDATES)) {
            assertThat(post(DraftName.Group.CANDIDATES, c.id(), "action=reject").statusCode()).isEqualTo(303);
        }
        assertThat(lines()).contains("  candidates: []").noneMatch(l -> l.contains("{id: new-"));
        assertThat(page("en").body()).contains("<ol class=\"curate-items\" id=\"curate-candidates\">");
    }

    @Test
    void keeping_a_mention_marks_its_line_accepted_and_changes_no_other_line() throws Exception {
        for (DraftName.Group g : List.of(DraftName.Group.MENTIONS, DraftName.Group.DESCRIBED)) {
            List<String> before = lines();
            DraftName n = names(g).getFirst();
            assertThat(post(g, n.id(), "action=keep&line=" + n.textLine()).statusCode()).isEqualTo(303);
            List<String> expected = new ArrayList<>(before);
            String l = before.get(n.fileLine());
            assertThat(l).endsWith("}");
            expected.set(n.fileLine(), l.substring(0, l.length() - 1) + ", status: accepted}");
            assertThat(lines()).as(g.key()).isEqualTo(expected);
            assertThat(names(g).getFirst().kept()).isTrue();
        }
        assertThat(page("en").body()).contains("<li class=\"curate-item curate-name accepted\"");
    }

    @Test
    void a_bad_id_a_taken_id_an_unknown_type_or_no_label_is_a_400_naming_the_field_and_changes_nothing() throws Exception {
        List<String> before = lines();
        DraftName c = names(DraftName.Group.CANDIDATES).getFirst();
        HttpResponse<String> badId = post(DraftName.Group.CANDIDATES, c.id(), declare("Budapest Convention!", "Treaty", c.name()));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Parameter &quot;id&quot;");
        HttpResponse<String> badType = post(DraftName.Group.CANDIDATES, c.id(), declare("some-name", "Article", c.name()));
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("Parameter &quot;type&quot;").contains("Treaty").contains("Place");
        HttpResponse<String> inGraph = post(DraftName.Group.CANDIDATES, c.id(), declare("china", "State", c.name()));
        assertThat(inGraph.statusCode()).isEqualTo(400);
        assertThat(inGraph.body()).contains("Parameter &quot;id&quot;").contains("china").contains("graph");
        HttpResponse<String> zh = post(DraftName.Group.CANDIDATES, c.id(), declare("china", "State", c.name()), "Accept-Language", "zh");
        assertThat(zh.body()).contains("参数“id”").contains("已在图谱中");
        String positionId = lines().stream().filter(l -> l.startsWith("  - id: ")).findFirst().orElseThrow().substring(8);
        HttpResponse<String> inDraft = post(DraftName.Group.CANDIDATES, c.id(), declare(positionId, "Norm", c.name()));
        assertThat(inDraft.statusCode()).isEqualTo(400);
        assertThat(inDraft.body()).contains("Parameter &quot;id&quot;").contains(positionId).contains("draft");
        HttpResponse<String> noLabel = post(DraftName.Group.CANDIDATES, c.id(), declare("some-name", "Norm", " "));
        assertThat(noLabel.statusCode()).isEqualTo(400);
        assertThat(noLabel.body()).contains("label_zh").contains("label_en");
        HttpResponse<String> keepCandidate = post(DraftName.Group.CANDIDATES, c.id(), "action=keep");
        assertThat(keepCandidate.statusCode()).isEqualTo(400);
        assertThat(keepCandidate.body()).contains("action").contains("declare, reject");
        assertThat(post(DraftName.Group.MENTIONS, "no-such-entity", "action=reject").body()).contains("no-such-entity");
        assertThat(lines()).isEqualTo(before);
    }

    @Test
    void a_stale_form_is_a_409_and_a_post_from_another_site_a_403() throws Exception {
        String revision = page("en").body().replaceAll("(?s).*name=\"revision\" value=\"([0-9a-f]+)\".*", "$1");
        List<DraftName> candidates = names(DraftName.Group.CANDIDATES);
        assertThat(post(DraftName.Group.CANDIDATES, candidates.get(0).id(), "action=reject&revision=" + revision).statusCode()).isEqualTo(303);
        List<String> before = lines();
        DraftName c = candidates.get(1);
        HttpResponse<String> stale = post(DraftName.Group.CANDIDATES, c.id(), declare("a-name", "Treaty", c.name()) + "&revision=" + revision);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(project.name());
        DraftName m = names(DraftName.Group.MENTIONS).getFirst();
        HttpResponse<String> foreign = Http.post(server.url() + "curate/" + project.name() + "/mentions/" + m.id(), "application/x-www-form-urlencoded",
                "action=reject", "Authorization", SecurityTest.basic("admin", PASSWORD), "Origin", "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(lines()).isEqualTo(before);
    }
}
