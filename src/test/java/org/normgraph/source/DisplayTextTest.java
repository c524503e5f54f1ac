package org.normgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void line_breaks_and_spaces_beside_chinese_are_dropped() {
        assertThat(DisplayText.of("于 2011 年\n11 月 1 － 2 日召开")).isEqualTo("于2011年11月1－2日召开");
        assertThat(DisplayText.of("网络\n空间“主权”")).isEqualTo("网络空间“主权”");
    }

    @Test
    void markdown_heading_marks_at_a_line_start_are_dropped() {
        assertThat(DisplayText.of("### Article  32  \n\n####Trans-border access")).isEqualTo("Article 32 Trans-border access");
        assertThat(DisplayText.of("C# and F#")).isEqualTo("C# and F#");
    }

    @Test
    void runs_of_whitespace_between_latin_words_become_one_space() {
        assertThat(DisplayText.of("Internet  Governance in\nan Age")).isEqualTo("Internet Governance in an Age");
        assertThat(DisplayText.of("  leading and trailing \n")).isEqualTo("leading and trailing");
    }

    @Test
    void text_without_whitespace_is_unchanged() {
        assertThat(DisplayText.of("中国提出“网络主权”")).isEqualTo("中国提出“网络主权”");
        assertThat(DisplayText.of(null)).isNull();
    }

    @Test
    void private_use_glyphs_of_the_extraction_are_dropped() {
        assertThat(DisplayText.of("五项原则。\uE000琼瑢这一发言")).isEqualTo("五项原则。琼瑢这一发言");
    }

    @Test
    void garbled_footnote_markers_read_as_the_circled_numbers_they_stand_for() {
        assertThat(DisplayText.of("五项原则。\uE583瑏瑢这一发言")).isEqualTo("五项原则。⑫这一发言");
        assertThat(DisplayText.of("不过瑐瑡")).isEqualTo("不过㉑");
    }
}
