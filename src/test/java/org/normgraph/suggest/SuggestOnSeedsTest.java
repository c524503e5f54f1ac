package org.normgraph.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.claims.Specs;
import org.normgraph.problems.InputException;
import org.normgraph.source.Utf8Files;

/** The curation assistant on the real seed texts, with the gazetteer of the curated seeds. */
class SuggestOnSeedsTest {
    static List<Specs.File> files;
    static Gazetteer gazetteer;

    @BeforeAll
    static void read() {
        files = SeedClaims.read(Path.of("seeds"));
        gazetteer = ClaimsGazetteer.of(files);
    }

    static Draft draft(String name, String voice) {
        Path p = Path.of("seeds", name);
        return Suggester.suggest(p, Utf8Files.read(p), gazetteer, "seeds", voice);
    }

    static String quote(Draft d, Suggestion s) { return d.text().substring(s.start(), s.end()); }

    @Test
    void china_proposing_cyber_sovereignty_after_the_budapest_conference_is_a_candidate_in_the_paper() {
        Draft d = draft("000_e5d6ea557abd06dc.txt", null);
        assertThat(d.suggestions()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("china");
            assertThat(s.stance()).isEqualTo("Proposes");
            assertThat(s.cue()).isEqualTo("提出");
            assertThat(s.about()).isEqualTo("cyber-sovereignty");
            assertThat(QuoteText.squeezed(quote(d, s))).contains("提出网络空间应遵守“网络主权”");
            assertThat(List.of(String.valueOf(s.statedAt()), String.valueOf(s.nearEvent()))).contains("budapest-conference");
        });
    }

    @Test
    void we_in_the_paris_call_are_its_supporters_reaffirming_the_un_charter() {
        Draft d = draft("002_paris_call_2018_en.txt", "paris-call-supporters");
        assertThat(d.suggestions()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("paris-call-supporters");
            assertThat(s.cue()).isEqualTo("reaffirm");
            assertThat(s.about()).isEqualTo("un-charter");
            assertThat(quote(d, s)).startsWith("We also reaffirm that international law");
        });
    }

    @Test
    void the_russian_text_speaks_for_russia_as_its_title_names_it() {
        Draft d = draft("001_russia_basic_principles_2013.txt", null);
        assertThat(d.voice().voice()).isEqualTo("russia");
        assertThat(d.suggestions()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("russia");
            assertThat(s.stance()).isEqualTo("Supports");
        });
    }

    @Test
    void the_paper_names_its_author_sections_and_footnotes() {
        Draft d = draft("000_e5d6ea557abd06dc.txt", null);
        assertThat(d.voice().author()).isEqualTo("huang-zhixiong");
        assertThat(d.skeleton().language()).isEqualTo("zh");
        assertThat(d.skeleton().sections()).contains("四、结语");
        assertThat(d.skeleton().footnotes()).isPositive();
        assertThat(d.mentions()).extracting(Mention::id).contains("china", "budapest-conference", "cyber-sovereignty");
    }

    @Test
    void the_convention_finds_its_numbered_articles_and_an_unknown_document_symbol_style_name() {
        Draft d = draft("003_budapest_convention_2001_en.txt", null);
        assertThat(d.skeleton().language()).isEqualTo("en");
        assertThat(d.skeleton().parts()).extracting(Skeleton.Part::number).contains("1", "32", "48");
        assertThat(d.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.count()).isPositive());
    }

    @Test
    void a_draft_of_every_seed_text_is_refused_by_the_claims_reader(@TempDir Path tmp) throws Exception {
        try (var texts = Files.list(Path.of("seeds"))) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Draft d = Suggester.suggest(t, Utf8Files.read(t), gazetteer, "seeds", null);
                Path draft = tmp.resolve(TextInput.draftPath(t).getFileName());
                Files.writeString(draft, DraftWriter.write(d));
                assertThatThrownBy(() -> ClaimsReader.read(draft)).isInstanceOf(InputException.class).hasMessageContaining("is a draft");
                Path renamed = tmp.resolve(draft.getFileName().toString().replace(".claims.draft.yaml", ".claims.yaml"));
                Files.copy(draft, renamed);
                assertThatThrownBy(() -> ClaimsReader.read(renamed)).isInstanceOf(InputException.class)
                        .hasMessageContaining("'draft' section");
            }
        }
    }
}
