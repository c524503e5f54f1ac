package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/** Reads a CSV download as a spreadsheet would: as bytes, through a BOM-aware reader. */
final class CsvDownloads {
    private CsvDownloads() {}

    static HttpResponse<byte[]> fetch(String url) {
        try {
            return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The records of a CSV download, header row first; asserts that it starts with a UTF-8 byte-order mark. */
    static List<CSVRecord> records(String url) {
        HttpResponse<byte[]> r = fetch(url);
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(r.body()))
                .setByteOrderMarks(ByteOrderMark.UTF_8).get()) {
            assertThat(in.hasBOM(ByteOrderMark.UTF_8)).as("UTF-8 byte-order mark").isTrue();
            return CSVFormat.RFC4180.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
