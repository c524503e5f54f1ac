package org.normgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The treaty text's Markdown headings are structure: sections by level, offsets into the stored text. */
class MarkdownStructureTest {
    static String text;
    static SourceText src;

    @BeforeAll
    static void parse() throws Exception {
        text = Files.readString(Path.of("seeds/003_budapest_convention_2001_en.txt"));
        src = SourceParser.parse(text);
    }

    @Test
    void the_title_line_chapters_sections_titles_and_48_articles_are_headings_without_their_marks() {
        assertThat(src.title()).isEqualTo("Convention on Cybercrime");
        assertThat(src.sections()).filteredOn(s -> s.level() == 4).hasSize(48);
        assertThat(src.sections()).filteredOn(s -> s.level() == 1).extracting(SourceText.Section::heading).containsExactly(
                "CHAPTER I – USE OF TERMS", "CHAPTER II – MEASURES TO BE TAKEN AT THE NATIONAL LEVEL",
                "CHAPTER III – INTERNATIONAL CO-OPERATION", "CHAPTER IV – FINAL PROVISIONS");
        assertThat(src.sections()).filteredOn(s -> s.level() == 2).hasSize(5);
        assertThat(src.sections()).filteredOn(s -> s.level() == 3).hasSize(17);
        assertThat(src.sections()).extracting(SourceText.Section::heading).contains(
                "Article 32 – Trans-border access to stored computer data with consent or where publicly available")
                .noneMatch(h -> h.contains("#"));
    }

    @Test
    void offsets_point_into_the_text_as_stored_and_an_article_ends_where_the_next_begins() {
        SourceText.Section a32 = src.sections().stream().filter(s -> s.heading().startsWith("Article 32 ")).findFirst().orElseThrow();
        assertThat(text.substring(a32.start())).startsWith("### Article  32");
        assertThat(text.substring(a32.start(), a32.end())).contains("A Party may, without the authorisation of another Party")
                .doesNotContain("Article  33");
        assertThat(MarkdownHeadings.headingEnd(text, a32.start())).isEqualTo(text.indexOf("where publicly available") + 24);
    }

    @Test
    void every_other_line_is_a_paragraph_of_its_section() {
        assertThat(src.paragraphs()).noneMatch(p -> p.text().startsWith("#"));
        assertThat(src.paragraphs()).anySatisfy(p -> {
            assertThat(p.text()).startsWith("b) access or receive, through a computer system in its territory");
            assertThat(src.sections().get(p.section()).heading()).startsWith("Article 32 ");
        });
        assertThat(src.footnotes()).isEmpty();
    }
}
