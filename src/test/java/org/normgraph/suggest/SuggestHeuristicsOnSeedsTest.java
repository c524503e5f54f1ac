package org.normgraph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.source.Utf8Files;

/** Who speaks and what a text describes, where the sentence does not say it in the usual order: on the real seed texts. */
class SuggestHeuristicsOnSeedsTest {
    static Gazetteer gazetteer;
    static Draft paper;

    @BeforeAll
    static void read() {
        gazetteer = ClaimsGazetteer.of(SeedClaims.read(Path.of("seeds")));
        paper = draft("000_e5d6ea557abd06dc.txt");
    }

    static Draft draft(String name) {
        Path p = Path.of("seeds", name);
        return Suggester.suggest(p, Utf8Files.read(p), gazetteer, "seeds", null);
    }

    static List<Suggestion> in(Draft d, String words) {
        int at = d.text().indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return d.suggestions().stream().filter(s -> s.start() <= at && at < s.end()).toList();
    }

    @Test
    void an_untitled_declaration_speaks_for_the_adopters_of_the_instrument_its_file_name_names() {
        assertThat(Voice.asTitle("002_paris_call_2018_en.txt")).isEqualTo("002 paris call 2018 en");
        Draft d = draft("002_paris_call_2018_en.txt");
        assertThat(d.voice().voice()).isEqualTo("paris-call-supporters");
        assertThat(in(d, "We reaffirm our support to an open, secure")).extracting(Suggestion::actor).containsOnly("paris-call-supporters");
    }

    @Test
    void a_text_whose_file_name_names_nothing_known_has_no_voice() {
        assertThat(paper.voice().voice()).isNull();
    }

    @Test
    void the_body_a_draft_is_submitted_to_is_not_its_author_so_the_fourth_actor_back_is_reached() {
        List<Suggestion> s = in(paper, "中国与俄罗斯等 4 个国家联合向联大提交");
        assertThat(s).filteredOn(x -> x.about().equals("code-of-conduct-2011")).extracting(Suggestion::actor)
                .contains("china", "russia").doesNotContain("unga");
    }

    @Test
    void the_members_a_bracket_lists_after_a_group_named_by_its_stance_hold_that_stance() {
        List<Suggestion> s = in(paper, "包括中国、俄罗斯等");
        for (String member : List.of("china", "russia")) {
            assertThat(s).anySatisfy(x -> {
                assertThat(x.actor()).isEqualTo(member);
                assertThat(x.cue()).isEqualTo("主张");
                assertThat(x.about()).isEqualTo("strict-government-regulation");
                assertThat(QuoteText.squeezed(paper.text().substring(x.start(), x.end()))).contains("主张政府对互联网加以严格管理的国家(包括中国、俄罗斯等)");
            });
        }
    }

    @Test
    void a_prime_minister_speaks_for_the_state_he_represents() {
        assertThat(gazetteer.represents()).containsEntry("cameron", "uk");
        assertThat(in(paper, "卡梅伦首相却表示")).anySatisfy(x -> {
            assertThat(x.actor()).isEqualTo("uk");
            assertThat(x.about()).isEqualTo("temporary-social-network-shutdown");
        });
    }

    @Test
    void a_bare_shall_gives_the_unnamed_speaker_no_candidate() {
        Draft d = draft("003_budapest_convention_2001_en.txt");
        assertThat(d.suggestions()).isNotEmpty().noneSatisfy(s -> {
            assertThat(s.voice()).isTrue();
            assertThat(s.cue()).isEqualToIgnoringCase("shall");
        });
    }

    @Test
    void norms_an_article_describes_in_other_words_are_described_mentions_never_named_ones() {
        Draft d = draft("003_budapest_convention_2001_en.txt");
        assertThat(d.described()).extracting(Mention::id).contains("criminalise-data-interference", "criminalise-illegal-interception");
        assertThat(d.described()).extracting(Mention::id).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(d.mentions().stream().map(Mention::id).toList());
        Mention m = d.described().stream().filter(x -> x.id().equals("criminalise-data-interference")).findFirst().orElseThrow();
        assertThat(d.text().substring(m.start(), m.end())).contains("damaging, deletion, deterioration, alteration or suppression of computer data");
        assertThat(DraftWriter.write(d)).contains("  described:", "    - {id: criminalise-data-interference, quote: ");
    }

    @Test
    void a_paraphrased_chinese_norm_is_found_as_described_in_the_paper() {
        assertThat(paper.described()).extracting(Mention::id).contains("constructive-cooperation", "cybercrime-priority");
    }
}
