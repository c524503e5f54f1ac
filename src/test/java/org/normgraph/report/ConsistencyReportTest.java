package org.normgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.normgraph.ConflictingStore;
import org.normgraph.LoadedStore;

/** The consistency report on the real sources, and with an account that contradicts the paper on purpose. */
class ConsistencyReportTest {
    static final String ID = "https://normgraph.org/id/";
    static final String PAPER = ID + "source/huang-2013-london-process", ACCOUNT = ID + "source/conflicting-account";

    @Test
    void russias_own_text_and_the_papers_account_of_russia_agree_so_no_stance_conflict_is_reported() {
        ConsistencyReport r = ConsistencyReport.of(LoadedStore.get());
        assertThat(r.ofKind("stance")).noneMatch(f -> f.subject().iri().equals(ID + "russia"));
        assertThat(r.ofKind("type")).isEmpty();
    }

    @Test
    void another_start_date_for_the_london_conference_is_reported_with_both_quotes() {
        Finding f = only("date");
        assertThat(f.subject().iri()).isEqualTo(ID + "london-conference");
        assertThat(f.aspect().iri()).isEqualTo("https://normgraph.org/ns#startDate");
        assertThat(f.aspect().label("en")).isEqualTo("start date");
        Finding.Side account = side(f, ACCOUNT), paper = side(f, PAPER);
        assertThat(account.value().label("en")).isEqualTo("2011-11-03");
        assertThat(account.quote().exact()).isEqualTo("opened on 3 November 2011");
        assertThat(paper.value().label("en")).isEqualTo("2011-11-01");
        assertThat(paper.quote().exact()).isEqualTo("2011 年 11 月 1 － 2 日");
        assertThat(paper.quote().translation()).isEqualTo("1–2 November 2011");
        assertThat(paper.quote().start()).isPositive();
    }

    @Test
    void another_place_is_reported_but_the_two_hosts_the_paper_names_are_not() {
        Finding f = only("place");
        assertThat(f.aspect().local()).isEqualTo("location");
        assertThat(side(f, ACCOUNT).value().iri()).isEqualTo(ID + "paris");
        assertThat(side(f, PAPER).value().iri()).isEqualTo(ID + "london");
        assertThat(side(f, PAPER).quote().exact()).isEqualTo("在伦敦举行");
    }

    @Test
    void an_opposite_stance_in_an_overlapping_year_is_reported_but_not_against_a_later_text() {
        Finding f = only("stance");
        assertThat(f.subject().iri()).isEqualTo(ID + "russia");
        assertThat(f.aspect().iri()).isEqualTo(ID + "need-international-cyber-legislation");
        assertThat(side(f, ACCOUNT).value().local()).isEqualTo("Opposes");
        assertThat(side(f, ACCOUNT).when()).isEqualTo("2011");
        assertThat(side(f, PAPER).value().local()).isEqualTo("Supports");
        assertThat(side(f, PAPER).when()).isEqualTo("2011-09");
    }

    @Test
    void an_entity_typed_as_a_person_in_one_graph_and_a_state_in_another_is_reported() {
        Finding f = only("type");
        assertThat(f.subject().iri()).isEqualTo(ID + "china");
        assertThat(java.util.List.of(f.a().value().local(), f.b().value().local())).containsExactlyInAnyOrder("Person", "State");
        Finding.Side person = f.a().value().local().equals("Person") ? f.a() : f.b();
        assertThat(person.quote().exact()).isEqualTo("China, a person");
        assertThat(person.origin().label("en")).isEqualTo("A conflicting account (test)");
    }

    @Test
    void evidence_without_a_quote_a_literal_place_and_a_claim_quoted_twice_give_one_finding_and_no_error() {
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.riot.RDFDataMgr.read(dsg, "fixtures/report-edge-cases.trig");
        dsg.find().forEachRemaining(q -> dsg.getDefaultGraph().add(q.asTriple()));   // the union, as the store's default graph
        ConsistencyReport r = ConsistencyReport.of(dsg);
        assertThat(r.ofKind("place")).singleElement().satisfies(f -> {
            Finding.Side literal = f.a().value().resource() ? f.b() : f.a();
            assertThat(literal.value().label("en")).isEqualTo("somewhere else");
            assertThat(literal.quote()).isNull();
            assertThat(literal.origin().iri()).isEqualTo(ID + "source-b");
        });
    }

    private static Finding only(String kind) {
        ConsistencyReport r = ConsistencyReport.of(ConflictingStore.get());
        assertThat(r.ofKind(kind)).as(kind + " findings").hasSize(1);
        return r.ofKind(kind).getFirst();
    }

    private static Finding.Side side(Finding f, String source) {
        if (f.a().origin().iri().equals(source)) return f.a();
        assertThat(f.b().origin().iri()).isEqualTo(source);
        return f.b();
    }
}
