package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;

/** The home page's lists stop at the list cap (2 here) and link to the whole lists, over the seeds. */
class HomeBoundsTest {
    private static NormgraphServer capped;

    @BeforeAll
    static void start() {
        capped = NormgraphServer.create().dataset(LoadedStore.get()).port(0).layout(TestLayouts.project()).listCap(2).build().start();
    }

    @AfterAll
    static void stop() {
        capped.stop();
    }

    private static int count(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void the_sources_list_shows_the_most_recent_two_and_links_to_all_of_them() {
        String body = Http.get(capped.url() + "?lang=en").body();
        int all = count(Http.get(capped.url() + "list/sources?lang=en").body(), "<tr data-id=");
        assertThat(all).isGreaterThan(2);
        assertThat(count(body, "<li class=\"source\"")).isEqualTo(2);
        assertThat(body).contains("href=\"/list/sources\"", "All " + all + " sources");
        assertThat(Http.get(capped.url() + "?lang=zh").body()).contains("全部 " + all + " 份来源文献");
    }

    @Test
    void the_london_process_shows_its_first_two_conferences_its_total_and_a_link_to_all_events() {
        String body = Http.get(capped.url() + "?lang=en").body();
        assertThat(count(body, "<tr class=\"conference\"")).isEqualTo(2);
        assertThat(body).contains("href=\"/id/london-conference\"", "href=\"/id/budapest-conference\"", "3 conferences",
                "href=\"/list/events\"", "All events").doesNotContain("href=\"/id/seoul-conference\"");
        assertThat(Http.get(capped.url() + "?lang=zh").body()).contains("全部事件", "共 3 次会议");
    }

    @Test
    void with_the_default_cap_every_seed_source_and_conference_is_shown_without_a_see_all_link() {
        String body = Http.get(PaperServer.shared().url() + "?lang=en").body();
        assertThat(count(body, "<tr class=\"conference\"")).isEqualTo(3);
        assertThat(count(body, "<li class=\"source\"")).isGreaterThan(2);
        assertThat(body).doesNotContain("class=\"see-all\"");
    }
}
