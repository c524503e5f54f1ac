package org.normgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceParserTest {
    static SourceText src;

    @BeforeAll
    static void parse() throws Exception {
        src = SourceParser.parse(Files.readString(Path.of("seeds/000_e5d6ea557abd06dc.txt")));
    }

    @Test
    void title_and_author_come_from_the_first_two_lines() {
        assertThat(src.title()).isEqualTo("2011 年“伦敦进程”与网络安全国际立法的未来走向");
        assertThat(src.author()).isEqualTo("黄志雄");
    }

    @Test
    void four_top_sections_and_two_subsections_are_recognised() {
        assertThat(src.sections()).extracting(SourceText.Section::heading).containsExactly(
                "一、网络安全:一个新的全球性问题", "二、“伦敦进程”的发起和进展", "( 一) 伦敦网络空间会议",
                "( 二) 布达佩斯网络空间会议", "三、几点初步评价", "四、结语");
        assertThat(src.sections().get(2).level()).isEqualTo(2);
        assertThat(src.sections().get(1).end()).isEqualTo(src.sections().get(4).start());
    }

    @Test
    void footnotes_twelve_to_twenty_three_are_found_with_their_texts() {
        assertThat(src.footnotes()).extracting(SourceText.Footnote::number)
                .containsExactly(12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
        assertThat(src.footnote(12).text()).startsWith("《外交部条法司司长黄惠康").endsWith("t977343． htm。");
        assertThat(src.footnote(13).text()).contains("罗楚湘").endsWith("第 4 期。");
        assertThat(src.footnote(15).text()).contains("Knake").contains("Schjolberg").endsWith("2011．");
        assertThat(src.footnote(23).text()).contains("xinhuanet");
    }

    @Test
    void body_markers_are_decoded_and_linked_to_paragraphs() {
        assertThat(src.markers()).extracting(SourceText.Marker::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
        SourceText.Marker ten = src.markers().get(9);
        assertThat(ten.text()).endsWith("瑏瑠");
        assertThat(src.paragraphs().get(ten.paragraph()).text()).contains("现有国际法原则既适用于现实世界");
    }

    @Test
    void paragraphs_are_rejoined_across_line_breaks() {
        assertThat(src.paragraphs()).hasSizeBetween(33, 40);
        assertThat(src.paragraphs()).anySatisfy(p ->
                assertThat(p.text()).startsWith("2011 年 11 月 1 － 2 日").contains("伦敦会议").contains("PPP) 。⑧"));
        assertThat(src.paragraphs()).noneSatisfy(p -> assertThat(p.text()).contains("Knake"));
    }

    @Test
    void quotes_are_found_across_line_breaks_and_private_use_characters() {
        QuoteLocator loc = new QuoteLocator(src.text());
        assertThat(loc.find("已知第一例针对国家的网络袭击", null, null)).hasSize(1);
        assertThat(loc.find("伦敦会议", null, null).size()).isGreaterThan(1);
        var one = loc.find("网络主权", "遵守“", null);
        assertThat(one).hasSize(1);
        assertThat(loc.exact(one.getFirst())).isEqualTo("网络主权");
    }
}
