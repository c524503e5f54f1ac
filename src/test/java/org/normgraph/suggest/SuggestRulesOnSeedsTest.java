package org.normgraph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.source.Utf8Files;

/** The rules that find what a sentence does not say in so many words, on the real seed texts. */
class SuggestRulesOnSeedsTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void read() {
        gazetteer = ClaimsGazetteer.of(SeedClaims.read(Path.of("seeds")));
    }

    static Draft draft(String name) {
        Path p = Path.of("seeds", name);
        return Suggester.suggest(p, Utf8Files.read(p), gazetteer, "seeds", null);
    }

    static String quote(Draft d, Suggestion s) { return QuoteText.squeezed(d.text().substring(s.start(), s.end())); }

    @Test
    void the_committee_named_in_the_sentence_before_proposes_the_un_cybercrime_convention_the_paper_describes() {
        Draft d = draft("000_e5d6ea557abd06dc.txt");
        assertThat(d.suggestions()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("ccpcj");
            assertThat(s.carried()).isTrue();
            assertThat(s.cue()).isEqualTo("提出");
            assertThat(s.about()).isEqualTo("un-cybercrime-convention-proposal");
            assertThat(s.described()).isTrue();
            assertThat(quote(d, s)).startsWith("该委员会在2004年年度报告中首次提出要订立一个联合国的网络犯罪公约");
        });
    }

    @Test
    void a_party_criminalising_access_without_right_under_the_heading_illegal_access_is_a_described_candidate() {
        Draft d = draft("003_budapest_convention_2001_en.txt");
        assertThat(d.suggestions()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("budapest-convention-parties");
            assertThat(s.about()).isEqualTo("criminalise-illegal-access");
            assertThat(s.described()).isTrue();
            assertThat(s.confidence()).isLessThan(0.75);
            assertThat(quote(d, s)).startsWith("EachPartyshalladopt").contains("theaccesstothewholeoranypartofacomputersystemwithoutright");
        });
    }

    @Test
    void a_sentence_describes_at_most_one_norm_and_never_one_it_names() {
        Draft d = draft("003_budapest_convention_2001_en.txt");
        String text = d.text();
        DescribedNorms described = new DescribedNorms(gazetteer);
        int at = text.indexOf("Each Party shall adopt");
        String sentence = text.substring(at, text.indexOf('.', at));
        assertThat(described.in("Illegal access\n" + sentence, Set.of())).containsExactly("criminalise-illegal-access");
        assertThat(described.in("Illegal access\n" + sentence, Set.of("criminalise-illegal-access"))).doesNotContain("criminalise-illegal-access");
    }

    @Test
    void an_offence_committed_intentionally_is_no_commitment() {
        String text = Utf8Files.read(Path.of("seeds", "003_budapest_convention_2001_en.txt"));
        int at = text.indexOf("A Party may require that the offence be committed");
        assertThat(Cues.find(text, at, text.indexOf('.', at))).extracting(Cues.Cue::words).doesNotContain("committed");
    }

    @Test
    void names_are_found_without_their_bracketed_addition_and_with_a_bare_verb_for_an_ing_word() {
        assertThat(draft("001_russia_basic_principles_2013.txt").mentions()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo("iis-convention");
            assertThat(m.name()).isEqualTo("Convention on International Information Security");
        });
        List<Mention> paris = draft("002_paris_call_2018_en.txt").mentions();
        assertThat(paris).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo("lifecycle-security");
            assertThat(m.name()).startsWith("Strengthen the security of digital processes");
        });
    }

    @Test
    void a_plural_group_gives_no_singular_form() {
        assertThat(NameForms.of("States")).doesNotContain("State");
        assertThat(NameForms.of("each Party")).contains("each Parties");
        assertThat(NameForms.of("联合国网络犯罪公约（建议）")).contains("联合国网络犯罪公约");
    }
}
