package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.ontology.NG;

/** Evidence carries its reading form and normgraph's translation; short position quotes are warned about. */
class QuoteEvidenceTest {
    @TempDir Path tmp;

    @Test
    void a_translation_is_stored_on_the_evidence_in_the_other_language_beside_the_reading_form() throws Exception {
        Dataset ds = Loader.inMemory(new Loader(TestLayouts.withFixture(tmp, "translated"), quiet()).prepare());
        Model m = ds.getUnionModel();
        Resource position = m.getResource(org.normgraph.ontology.Iris.ID + "china-cyber-sovereignty");
        Resource ev = position.getPropertyResourceValue(NG.evidence);
        Literal translation = ev.getProperty(NG.translation).getLiteral();
        assertThat(translation.getLanguage()).isEqualTo("en");
        assertThat(translation.getLexicalForm()).isEqualTo("cyberspace should respect “cyber sovereignty”");
        assertThat(ev.getProperty(NG.quoteText).getString()).isEqualTo("网络空间应遵守“网络主权”");
        List<Literal> factTranslations = m.listObjectsOfProperty(NG.translation).mapWith(o -> o.asLiteral()).toList();
        assertThat(factTranslations).extracting(Literal::getLexicalForm).contains("on 4–5 October 2012, hosted by the Hungarian Ministry of Foreign Affairs");
        Resource fact = m.listSubjectsWithProperty(NG.translation).toList().stream()
                .filter(r -> r.getProperty(NG.translation).getString().startsWith("on 4–5")).findFirst().orElseThrow();
        assertThat(fact.getProperty(NG.quoteText).getString()).isEqualTo("2012年10月4－5日，由匈牙利外交部主办");
    }

    @Test
    void a_position_quote_shorter_than_a_clause_is_warned_about_at_its_line_unless_the_claim_says_why() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path dir = tmp.resolve("w");
        new Loader(TestLayouts.withFixture(dir, "translated"), new PrintStream(out, true, StandardCharsets.UTF_8)).prepare();
        String log = out.toString(StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(dir.resolve("seeds").resolve(TestLayouts.CLAIMS));
        int shortLine = lines.indexOf("    quote: \"“网络主权”\"") + 1;
        assertThat(log).contains("warning: " + dir.resolve("seeds").resolve(TestLayouts.CLAIMS) + ":" + shortLine
                + ": [china-sovereignty-term]").contains("shorter than a clause");
        assertThat(log).doesNotContain("[china-sovereignty-term-explained]").doesNotContain("[china-cyber-sovereignty]");
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
