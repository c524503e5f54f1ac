package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.TestLayouts;

/** A real store loaded with the good fixture, to show that a refused load leaves it exactly as it was. */
record GoodStore(DatasetGraph dsg, String digest) {
    static GoodStore in(Path tmp) throws Exception {
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        new Loader(TestLayouts.withFixture(tmp.resolve("good"), "good"), quiet()).load(dsg);
        return new GoodStore(dsg, StoreDigest.of(dsg));
    }

    void assertUnchanged() {
        assertThat(StoreDigest.of(dsg)).isEqualTo(digest);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
