package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.suggest.YamlText;
import org.normgraph.web.curate.DraftItem;
import org.normgraph.web.curate.DraftItems;
import org.yaml.snakeyaml.Yaml;

/** The review pages over HTTP: the login, and each choice's exact change to a real draft of the Paris Call. */
class CuratePagesTest {
    static final String PASSWORD = "cur:ate, pw";
    @TempDir static Path tmp;
    static DraftProject project;
    static NormgraphServer server;
    static NormgraphServer readOnly;
    static String origin;

    @BeforeAll
    static void start() throws Exception {
        project = DraftProject.of(tmp, "002_paris_call_2018_en", "paris-call-supporters");
        DatasetGraph dsg = LoadedStore.get();
        server = NormgraphServer.create().dataset(dsg).port(0).adminPassword(PASSWORD).layout(project.layout()).build().start();
        readOnly = NormgraphServer.create().dataset(dsg).port(0).layout(project.layout()).build().start();
        origin = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        readOnly.stop();
    }

    @BeforeEach
    void freshDraft() throws Exception {
        project.writeDraft();
    }

    static HttpResponse<String> get(String path, String... more) {
        return Http.get(server.url() + path, Stream.concat(Stream.of("Authorization", SecurityTest.basic("admin", PASSWORD)),
                Stream.of(more)).toArray(String[]::new));
    }

    static HttpResponse<String> post(String item, String form, String... more) {
        return Http.post(server.url() + "curate/" + project.name() + "/items/" + item, "application/x-www-form-urlencoded", form,
                Stream.concat(Stream.of("Authorization", SecurityTest.basic("admin", PASSWORD), "Origin", origin),
                        Stream.of(more)).toArray(String[]::new));
    }

    static List<String> lines() throws Exception { return Files.readAllLines(project.draft()); }

    static List<DraftItem> items() throws Exception { return DraftItems.of(lines()); }

    static long quads() {
        DatasetGraph dsg = LoadedStore.get();
        return Txn.calculateRead(dsg, () -> { long n = 0; for (var it = dsg.find(); it.hasNext(); it.next()) n++; return n; });
    }

    @Test
    void without_an_admin_password_the_pages_do_not_exist() {
        assertThat(Http.get(readOnly.url() + "curate").statusCode()).isEqualTo(404);
        assertThat(Http.get(readOnly.url() + "curate/" + project.name(), "Authorization", SecurityTest.basic("admin", PASSWORD)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void without_the_password_or_with_a_wrong_one_every_page_and_post_is_401() {
        assertThat(Http.get(server.url() + "curate").statusCode()).isEqualTo(401);
        assertThat(Http.get(server.url() + "curate/" + project.name()).headers().firstValue("WWW-Authenticate")).get().asString().contains("Basic");
        assertThat(Http.get(server.url() + "curate", "Authorization", SecurityTest.basic("admin", "cur:ate")).statusCode()).isEqualTo(401);
        assertThat(Http.post(server.url() + "curate/" + project.name() + "/items/x", "application/x-www-form-urlencoded", "action=reject",
                "Origin", origin).statusCode()).isEqualTo(401);
    }

    @Test
    void the_list_names_the_draft_and_the_page_shows_the_text_with_each_suggestion_highlighted_and_a_form() throws Exception {
        HttpResponse<String> list = get("curate");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/curate/" + project.name() + "\"");
        HttpResponse<String> page = get("curate/" + project.name() + "?lang=zh");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        String body = page.body();
        assertThat(body).contains("审核：" + project.name()).contains("<mark class=\"suggested\"");
        for (DraftItem i : items()) {
            assertThat(body).contains("id=\"item-" + i.id() + "\"").contains("id=\"q-" + i.id() + "\"");
        }
        assertThat(body).contains("<option value=\"china\" label=\"中国 · China\"").contains("<datalist id=\"about-choices\">");
    }

    @Test
    void accept_sets_the_status_and_changes_no_other_line() throws Exception {
        List<String> before = lines();
        DraftItem item = items().get(1);
        long store = quads();
        HttpResponse<String> r = post(item.id(), "action=accept");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).get().asString().startsWith("/curate/" + project.name() + "?done=accept");
        List<String> after = lines();
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.add(i);
        assertThat(changed).hasSize(1);
        assertThat(before.get(changed.getFirst())).isEqualTo("    status: suggested");
        assertThat(after.get(changed.getFirst())).isEqualTo("    status: accepted");
        assertThat(changed.getFirst()).isBetween(item.firstLine(), item.endLine());
        assertThat(quads()).isEqualTo(store);
        assertThat(get("curate/" + project.name() + "?lang=en").body()).contains("<mark class=\"accepted\"");
    }

    @Test
    void reject_removes_exactly_the_item_and_keeps_every_comment_and_the_order() throws Exception {
        List<String> before = lines();
        DraftItem item = items().get(2);
        assertThat(post(item.id(), "action=reject").statusCode()).isEqualTo(303);
        List<String> expected = new ArrayList<>(before.subList(0, item.firstLine()));
        expected.addAll(before.subList(item.endLine(), before.size()));
        assertThat(lines()).isEqualTo(expected);
        assertThat(lines()).filteredOn(l -> l.strip().startsWith("#")).hasSize(
                (int) before.stream().filter(l -> l.strip().startsWith("#")).count()
                        - (int) before.subList(item.firstLine(), item.endLine()).stream().filter(l -> l.strip().startsWith("#")).count());
        assertThat(items()).extracting(DraftItem::id).doesNotContain(item.id());
    }

    @Test
    void edit_replaces_the_changed_fields_drops_the_old_prefix_and_accepts() throws Exception {
        DraftItem item = items().getFirst();
        List<String> before = lines();
        String quote = "We reaffirm our support to an open, secure, stable, accessible and peaceful cyberspace";
        HttpResponse<String> r = post(item.id(), "action=edit&actor=china&stance=Proposes&about=" + item.about()
                + "&quote=" + Http.enc("  We reaffirm our support \n to an open, secure, stable, accessible and peaceful cyberspace "));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        DraftItem now = items().getFirst();
        assertThat(now.id()).isEqualTo(item.id());
        assertThat(now.actor()).isEqualTo("china");
        assertThat(now.stance()).isEqualTo("Proposes");
        assertThat(now.about()).isEqualTo(item.about());
        assertThat(now.quote()).isEqualTo(quote);
        assertThat(now.status()).isEqualTo("accepted");
        List<String> after = lines();
        assertThat(after.subList(0, item.firstLine())).isEqualTo(before.subList(0, item.firstLine()));
        assertThat(after.subList(now.endLine(), after.size())).isEqualTo(before.subList(item.endLine(), before.size()));
        assertThat(after).contains("    actor: china", "    stance: Proposes", "    about: " + item.about(), "    # line 3");
    }

    @Test
    void a_draft_with_every_suggestion_accepted_its_title_given_and_its_draft_section_deleted_reads_as_claims() throws Exception {
        for (DraftItem i : items()) assertThat(post(i.id(), "action=accept").statusCode()).isEqualTo(303);
        assertThat(items()).allMatch(DraftItem::accepted);
        Map<?, ?> curated = (Map<?, ?>) ((Map<?, ?>) new Yaml().load(Files.readString(Path.of("seeds", project.name() + ".claims.yaml")))).get("source");
        Map<?, ?> title = (Map<?, ?>) curated.get("title");
        String curatedTitle = "  title: {zh: " + YamlText.quoted((String) title.get("zh")) + ", en: " + YamlText.quoted((String) title.get("en")) + "}";
        List<String> kept = new ArrayList<>();
        boolean inDraft = false;
        for (String l : lines()) {
            if (l.startsWith("  title:")) l = curatedTitle;   // the curator gives both languages
            if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#")) inDraft = l.startsWith("draft:");
            if (!inDraft) kept.add(l);
        }
        Path claims = tmp.resolve("reviewed.claims.yaml");
        Files.write(claims, kept);
        assertThat(ClaimsReader.read(claims).positions()).hasSize(items().size());
    }

    @Test
    void bad_input_is_a_4xx_naming_the_parameter_and_changes_nothing() throws Exception {
        List<String> before = lines();
        DraftItem item = items().getFirst();
        assertThat(get("curate/no-such-draft").statusCode()).isEqualTo(404);
        assertThat(get("curate/..%2F..%2Fpom.xml").statusCode()).isIn(400, 404);
        assertThat(get("curate/..").statusCode()).isIn(400, 404);
        HttpResponse<String> badItem = post("no-such-item", "action=accept");
        assertThat(badItem.statusCode()).isEqualTo(400);
        assertThat(badItem.body()).contains("item").contains("no-such-item");
        HttpResponse<String> badStance = post(item.id(), "action=edit&actor=china&stance=Likes&about=un-charter&quote=We");
        assertThat(badStance.statusCode()).isEqualTo(400);
        assertThat(badStance.body()).contains("stance").contains("HasReservations");
        HttpResponse<String> badAction = post(item.id(), "action=delete");
        assertThat(badAction.statusCode()).isEqualTo(400);
        assertThat(badAction.body()).contains("action");
        assertThat(post(item.id(), "action=edit&actor=China!&stance=Supports&about=un-charter&quote=We").body()).contains("actor");
        HttpResponse<String> notInText = post(item.id(), "action=edit&actor=china&stance=Supports&about=un-charter&quote=" + Http.enc("words the text never says"));
        assertThat(notInText.statusCode()).isEqualTo(400);
        assertThat(notInText.body()).contains("quote");
        assertThat(lines()).isEqualTo(before);
    }

    @Test
    void a_form_from_a_page_loaded_before_the_draft_changed_is_refused_with_409() throws Exception {
        String page = get("curate/" + project.name()).body();
        String revision = page.replaceAll("(?s).*name=\"revision\" value=\"([0-9a-f]+)\".*", "$1");
        List<DraftItem> items = items();
        assertThat(post(items.get(0).id(), "action=accept&revision=" + revision).statusCode()).isEqualTo(303);
        List<String> before = lines();
        HttpResponse<String> stale = post(items.get(1).id(), "action=reject&revision=" + revision);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(project.name());
        assertThat(lines()).isEqualTo(before);
    }

    @Test
    void a_post_from_another_site_is_refused() throws Exception {
        List<String> before = lines();
        String id = items().getFirst().id();
        HttpResponse<String> r = Http.post(server.url() + "curate/" + project.name() + "/items/" + id, "application/x-www-form-urlencoded",
                "action=reject", "Authorization", SecurityTest.basic("admin", PASSWORD), "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> none = Http.post(server.url() + "curate/" + project.name() + "/items/" + id, "application/x-www-form-urlencoded",
                "action=reject", "Authorization", SecurityTest.basic("admin", PASSWORD));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(lines()).isEqualTo(before);
        HttpResponse<String> fromOurPage = Http.post(server.url() + "curate/" + project.name() + "/items/" + id, "application/x-www-form-urlencoded",
                "action=reject", "Authorization", SecurityTest.basic("admin", PASSWORD), "Referer", server.url() + "curate/" + project.name());
        assertThat(fromOurPage.statusCode()).isEqualTo(303);
        assertThat(items()).extracting(DraftItem::id).doesNotContain(id);
    }
}
