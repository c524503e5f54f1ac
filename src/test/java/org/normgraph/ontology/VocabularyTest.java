package org.normgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("ontology", "normgraph.ttl").toString());

    @Test
    void every_constant_in_NG_is_declared_in_the_ontology_with_zh_and_en_labels() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Field f : NG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r)) continue;
            boolean typed = ONTOLOGY.contains(r, RDF.type, (org.apache.jena.rdf.model.RDFNode) null);
            boolean zh = ONTOLOGY.listStatements(r, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                    .anyMatch(s -> s.getLanguage().equals("zh"));
            boolean en = ONTOLOGY.listStatements(r, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                    .anyMatch(s -> s.getLanguage().equals("en"));
            if (!typed || !zh || !en) missing.add(f.getName());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_ontology_declares_its_preferred_prefix_and_namespace() {
        Resource onto = ONTOLOGY.createResource(NG.ONTOLOGY);
        assertThat(ONTOLOGY.contains(onto, RDF.type, OWL.Ontology)).isTrue();
        var vann = "http://purl.org/vocab/vann/";
        assertThat(onto.getProperty(ONTOLOGY.createProperty(vann + "preferredNamespacePrefix")).getString()).isEqualTo("ng");
        assertThat(onto.getProperty(ONTOLOGY.createProperty(vann + "preferredNamespaceUri")).getString()).isEqualTo(NG.NS);
    }

    @Test
    void contract_classes_refine_their_superclasses_and_standard_vocabularies() {
        assertThat(ONTOLOGY.contains(NG.State, RDFS.subClassOf, NG.Actor)).isTrue();
        assertThat(ONTOLOGY.contains(NG.Conference, RDFS.subClassOf, NG.Event)).isTrue();
        assertThat(ONTOLOGY.contains(NG.Treaty, RDFS.subClassOf, NG.Instrument)).isTrue();
        assertThat(ONTOLOGY.contains(NG.Norm, RDFS.subClassOf, org.apache.jena.vocabulary.SKOS.Concept)).isTrue();
        assertThat(ONTOLOGY.contains(NG.evidence, RDFS.subPropertyOf, ONTOLOGY.createResource("http://www.w3.org/ns/prov#wasDerivedFrom"))).isTrue();
        assertThat(ONTOLOGY.contains(NG.memberOf, RDFS.subPropertyOf, org.apache.jena.vocabulary.ORG.memberOf)).isTrue();
    }
}
