package org.normgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Quotes are found whatever the accents' Unicode form, and the stored text's own form is what is kept. */
class QuoteLocatorTest {
    @Test
    void a_precomposed_quote_finds_a_text_with_combining_marks_and_the_other_way_round() {
        String nfd = Normalizer.normalize("Nous réaffirmons notre soutien à un cyberespace ouvert, sûr.", Normalizer.Form.NFD);
        QuoteLocator loc = new QuoteLocator(nfd);
        var spans = loc.find("notre soutien à un cyberespace ouvert, sûr", "réaffirmons", null);
        assertThat(spans).hasSize(1);
        assertThat(loc.exact(spans.getFirst())).isEqualTo(Normalizer.normalize("notre soutien à un cyberespace ouvert, sûr", Normalizer.Form.NFD));
        QuoteLocator composed = new QuoteLocator("la sécurité des produits");
        assertThat(composed.find(Normalizer.normalize("sécurité", Normalizer.Form.NFD), null, null)).hasSize(1);
        assertThat(composed.find("securite", null, null)).isEmpty();
    }
}
