package org.normgraph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;

/** The gazetteer read from a loaded store knows what the claims files give: adopters and the actors persons represent. */
class StoreGazetteerTest {
    @Test
    void the_loaded_store_gives_the_same_adopters_and_represented_actors_as_the_claims_files() {
        Gazetteer fromStore = StoreGazetteer.of(LoadedStore.get());
        Gazetteer fromClaims = ClaimsGazetteer.of(SeedClaims.read(Path.of("seeds")));
        assertThat(fromStore.represents()).containsEntry("cameron", "uk").isEqualTo(fromClaims.represents());
        assertThat(fromStore.adoptedBy()).containsEntry("paris-call", "paris-call-supporters");
    }
}
