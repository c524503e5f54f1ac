package org.normgraph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, cues and dates are found however the text is written: width, case, spaces and PDF line breaks. */
class MatchingTest {
    static final Gazetteer G = new Gazetteer.Builder()
            .type("cyber-sovereignty", "Norm").name("cyber-sovereignty", "网络主权").name("cyber-sovereignty", "cyber sovereignty")
            .type("sovereignty", "Norm").name("sovereignty", "主权")
            .type("united-nations", "InternationalOrganisation").name("united-nations", "UN").name("united-nations", "联合国")
            .type("united-states", "State").name("united-states", "US").name("united-states", "美")
            .build();

    static List<String> ids(String text) {
        return new MentionFinder(G).find(text).stream().map(Mention::id).toList();
    }

    @Test
    void a_name_broken_by_a_pdf_line_break_or_spaces_is_found_with_its_stored_span() {
        String text = "中方主张网络\n主权原则";
        List<Mention> ms = new MentionFinder(G).find(text);
        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("cyber-sovereignty");
            assertThat(text.substring(m.start(), m.end())).isEqualTo("网络\n主权");
        });
        assertThat(ids("the Cyber\n  Sovereignty of states")).containsExactly("cyber-sovereignty");
    }

    @Test
    void the_longest_name_wins_over_a_name_inside_it() {
        assertThat(ids("网络主权与主权")).containsExactly("cyber-sovereignty", "sovereignty");
    }

    @Test
    void full_width_letters_match_and_short_acronyms_only_in_capitals_and_whole_words() {
        assertThat(ids("ＵＮ member states")).containsExactly("united-nations");
        assertThat(ids("let us see the US position")).containsExactly("united-states");
        assertThat(ids("UNESCO and UNGA")).isEmpty();
    }

    @Test
    void one_character_names_are_not_used() {
        assertThat(ids("美欧")).isEmpty();
    }

    @Test
    void cues_match_inflections_across_line_breaks_in_both_languages() {
        String en = "The group calls\nfor a treaty and rejected another.";
        assertThat(Cues.find(en, 0, en.length())).extracting(Cues.Cue::words, Cues.Cue::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("calls for", "Proposes"), org.assertj.core.groups.Tuple.tuple("rejected", "Opposes"));
        String zh = "中国提\n出网络主权";
        assertThat(Cues.find(zh, 0, zh.length())).extracting(Cues.Cue::stance).containsExactly("Proposes");
    }

    @Test
    void a_date_is_attached_only_where_the_sentence_holds_one() {
        assertThat(DateFinder.only("2012 年 10 月 4 日，布达佩斯", 0, 20)).isEqualTo("2012-10-04");
        assertThat(DateFinder.only("2011 年 11 月 1 － 2 日", 0, 18)).isEqualTo("2011-11");
        String en = "Paris, 12 November 2018";
        assertThat(DateFinder.only(en, 0, en.length())).isEqualTo("2018-11-12");
        String two = "in May 2011 and June 2012";
        assertThat(DateFinder.only(two, 0, two.length())).isNull();
    }
}
