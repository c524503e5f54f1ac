package org.normgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.normgraph.report.ConsistencyReport;
import org.normgraph.report.ReportText;
import org.normgraph.store.Layout;
import org.normgraph.store.Store;
import org.normgraph.suggest.Quality;
import org.normgraph.suggest.QualityText;
import org.normgraph.suggest.SeedClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code normgraph report consistency}: where the sources in the store contradict each other;
 * {@code normgraph report suggest}: how well the curation assistant's suggestions match the curated claims.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports for curators on the loaded store.",
                "consistency: facts that conflict across sources (different dates, hosts or places for one event; "
                        + "one actor's opposite stances on one norm in overlapping periods; one entity typed differently), "
                        + "each side with its source and quote. Also at /reports/consistency on the server.",
                "suggest: the curation assistant measured on every curated source in seeds/ (no store needed), with the full "
                        + "gazetteer and leaving the source out: recall of curated positions, candidates per position, mention "
                        + "recall and precision.",
                "Example: normgraph report consistency --lang zh"})
final class ReportCommand implements Callable<Integer> {
    @Mixin DbOption db;

    @Parameters(paramLabel = "REPORT", description = "consistency or suggest")
    Name report;

    @Option(names = "--format", paramLabel = "FMT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh or en: the language of names in text output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.en;

    enum Name { consistency, suggest }

    enum Format { text, json }

    enum Language { zh, en }

    @Override
    public Integer call() throws Exception {
        if (report == Name.suggest) return suggest();
        ConsistencyReport r = ConsistencyReport.of(Store.openExisting(db.db));
        if (format == Format.json) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(System.out, r);
            System.out.println();
        } else {
            ReportText.write(r, lang.name(), System.out);
        }
        System.out.flush();
        return 0;
    }

    private int suggest() throws java.io.IOException {
        var rows = Quality.measure(SeedClaims.read(Layout.fromEnvironment().seeds()));
        if (format == Format.json) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(System.out, rows);
            System.out.println();
        } else {
            QualityText.write(rows, System.out);
        }
        System.out.flush();
        return 0;
    }
}
