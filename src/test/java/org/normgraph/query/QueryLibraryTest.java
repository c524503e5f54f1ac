package org.normgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/**
 * The analysts' query library ({@code queries/*.rq}) run against the real paper: every question
 * is checked for something specific that the paper says, so a broken query or a regression in
 * the curated data shows up here.
 */
class QueryLibraryTest {
    static final String ID = "https://normgraph.org/id/";
    static final String NG = "https://normgraph.org/ns#";
    static final String PREFIXES = "PREFIX ng: <" + NG + ">\nPREFIX id: <" + ID + ">\n"
            + "PREFIX oa: <http://www.w3.org/ns/oa#>\n";

    static DatasetGraph dsg;
    static Map<String, QueryLibrary.Entry> library;

    @BeforeAll
    static void load() {
        dsg = LoadedStore.get();
        library = new LinkedHashMap<>();
        for (QueryLibrary.Entry e : QueryLibrary.read(Path.of("queries"))) library.put(e.name(), e);
    }

    // ---------------------------------------------------------------------------------------------
    // The library itself
    // ---------------------------------------------------------------------------------------------

    @Test
    void the_library_holds_at_least_twelve_queries_including_the_required_ones() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
        assertThat(library.keySet()).contains("which-actors-backed-which-norms", "budapest-proposals",
                "positions-with-evidence", "contested-norms", "london-process-timeline", "speakers-at-conferences",
                "instruments-and-drafters", "incidents-and-attributions", "actor-memberships-and-representatives",
                "authors-own-arguments", "norms-by-actor-type", "hedged-claims", "bibliography",
                "positions-by-stance-count", "actors-sharing-stances");
    }

    @Test
    void every_query_file_starts_with_the_four_header_lines_and_parses() {
        for (QueryLibrary.Entry e : library.values()) {
            List<String> lines = e.sparql().lines().limit(4).toList();
            assertThat(lines).as(e.name() + " header").hasSize(4);
            assertThat(lines.get(0)).as(e.name()).startsWith("# title@en: ");
            assertThat(lines.get(1)).as(e.name()).startsWith("# title@zh: ");
            assertThat(lines.get(2)).as(e.name()).startsWith("# description@en: ");
            assertThat(lines.get(3)).as(e.name()).startsWith("# description@zh: ");
            for (String lang : List.of("en", "zh")) {
                assertThat(e.title()).as(e.name() + " title@" + lang).containsKey(lang);
                assertThat(e.description()).as(e.name() + " description@" + lang).containsKey(lang);
                assertThat(e.description().get(lang)).as(e.name()).hasSizeGreaterThan(20);
            }
            assertThat(e.title("zh")).as(e.name()).matches(".*\\p{IsHan}.*");
            assertThat(e.description().get("zh")).as(e.name()).matches(".*\\p{IsHan}.*");
            Query q = QueryFactory.create(e.sparql(), Syntax.syntaxSPARQL_11);
            assertThat(q.isSelectType()).as(e.name() + " is a SELECT").isTrue();
            assertThat(q.getPrefixMapping().getNsPrefixURI("ng")).as(e.name()).isEqualTo(NG);
            assertThat(q.hasOrderBy()).as(e.name() + " orders its answer").isTrue();
        }
    }

    @Test
    void every_query_answers_on_the_paper() {
        for (QueryLibrary.Entry e : library.values()) {
            assertThat(run(e.name())).as(e.name()).isNotEmpty();
        }
    }

    /** A real id for each variable that descriptions invite the web to bind. */
    static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("actor", ID + "china"),
            Map.entry("norm", ID + "open-free-cyberspace"), Map.entry("about", ID + "budapest-convention"),
            Map.entry("event", ID + "budapest-conference"), Map.entry("process", ID + "london-process"),
            Map.entry("person", ID + "huang-huikang"), Map.entry("instrument", ID + "code-of-conduct-2011"),
            Map.entry("incident", ID + "stuxnet"), Map.entry("member", ID + "china"),
            Map.entry("group", ID + "western-countries"), Map.entry("source", ID + "source/huang-2013-london-process"),
            Map.entry("stance", NG + "Supports"), Map.entry("topic", ID + "cybercrime"),
            Map.entry("entity", ID + "stuxnet"), Map.entry("subject", ID + "budapest-convention"),
            Map.entry("own-texts-and-accounts/actor", ID + "russia"));

    /** The sample for one query's variable: its own where the general one has no answer there (China has no text of its own). */
    static String sample(String query, String var) {
        return SAMPLE.getOrDefault(query + "/" + var, SAMPLE.get(var));
    }

    @Test
    void every_variable_a_description_invites_binding_can_be_bound_and_narrows_the_answer() {
        Pattern invitation = Pattern.compile("[Bb]ind (\\?\\w+(?:(?:, | or )\\?\\w+)*)");
        int checked = 0;
        for (QueryLibrary.Entry e : library.values()) {
            Matcher m = invitation.matcher(e.description().get("en"));
            while (m.find()) {
                for (String v : m.group(1).split(", | or ")) {
                    String var = v.substring(1);
                    assertThat(SAMPLE).as(e.name() + " invites binding ?" + var).containsKey(var);
                    assertThat(e.sparql()).as(e.name() + " uses ?" + var).contains("?" + var + " ");
                    String value = sample(e.name(), var);
                    List<Map<String, String>> rows = runBound(e.name(), var, value);
                    assertThat(rows).as(e.name() + " with ?" + var + " bound").isNotEmpty();
                    if (rows.get(0).containsKey(var)) {
                        assertThat(rows).as(e.name() + " ?" + var)
                                .allSatisfy(r -> assertThat(r.get(var)).isEqualTo(value));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void titles_are_distinct_in_both_languages() {
        for (String lang : List.of("en", "zh")) {
            List<String> titles = library.values().stream().map(e -> e.title(lang)).toList();
            assertThat(titles).as(lang).doesNotHaveDuplicates();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // One test (or more) per question
    // ---------------------------------------------------------------------------------------------

    @Test
    void backed_norms_are_exactly_the_supporting_and_proposing_positions() {
        List<Map<String, String>> rows = run("which-actors-backed-which-norms");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("stance")).isIn(NG + "Supports", NG + "Proposes"));
        assertThat(rows).as("one row per quote: a position and its source").extracting(r -> r.get("position") + " " + r.get("source"))
                .doesNotHaveDuplicates();
        int backing = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ng:Position ; ng:stance ?s "
                + "FILTER(?s IN (ng:Supports, ng:Proposes)) }");
        assertThat(rows.stream().map(r -> r.get("position")).distinct().count()).isEqualTo(backing);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo(ID + "council-of-europe");
            assertThat(r.get("norm")).isEqualTo(ID + "budapest-convention");
            assertThat(r.get("stance")).isEqualTo(NG + "Proposes");
            assertThat(r.get("kindLabel")).isEqualTo("Treaty");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo(ID + "china");
            assertThat(r.get("norm")).isEqualTo(ID + "cyber-sovereignty");
            assertThat(r.get("event")).isEqualTo(ID + "budapest-conference");
            assertThat(r.get("normLabelZh")).isEqualTo("网络主权");
        });
    }

    @Test
    void budapest_proposals_include_china_via_huang_huikang_with_the_five_principles() {
        List<Map<String, String>> rows = run("budapest-proposals");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("event")).isEqualTo(ID + "budapest-conference");
            assertThat(r.get("stance")).isIn(NG + "Supports", NG + "Proposes");
            assertThat(r.get("quote")).isNotBlank();
        });
        List<Map<String, String>> china = rows.stream()
                .filter(r -> (ID + "china").equals(r.get("actor"))).toList();
        assertThat(china).extracting(r -> r.get("about")).contains(ID + "cyber-sovereignty",
                ID + "international-cooperation", ID + "balance", ID + "peaceful-use", ID + "equitable-development");
        assertThat(china).filteredOn(r -> (ID + "cyber-sovereignty").equals(r.get("about"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("speaker")).isEqualTo(ID + "huang-huikang");
                    assertThat(r.get("speakerLabelZh")).isEqualTo("黄惠康");
                    assertThat(r.get("date")).isEqualTo("2012-10-04");
                    assertThat(r.get("quote")).contains("网络主权");
                });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo(ID + "uk");
            assertThat(r.get("stance")).isEqualTo(NG + "Proposes");
            assertThat(r.get("about")).isEqualTo(ID + "uk-capacity-building-centre");
        });
        // the London positions stay out of the Budapest answer
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("about")).isEqualTo(ID + "seven-principles"));
    }

    @Test
    void budapest_proposals_narrow_to_one_actor_when_it_is_bound() {
        List<Map<String, String>> rows = runBound("budapest-proposals", "actor", ID + "uk");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("about")).isEqualTo(ID + "uk-capacity-building-centre");
            assertThat(r.get("event")).isEqualTo(ID + "budapest-conference");
        });
    }

    @Test
    void positions_with_evidence_quote_the_stored_text_at_their_offsets() {
        List<Map<String, String>> rows = run("positions-with-evidence");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(25);
        assertThat(rows.stream().map(r -> r.get("position")).distinct().count())
                .isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ng:Position }"));
        assertThat(rows).hasSize(count("SELECT (COUNT(*) AS ?n) { ?p a ng:Position ; ng:evidence ?e }"));
        for (Map<String, String> r : rows) {
            String text = sourceText(r.get("source"));
            String quote = r.get("quote");
            int start = Integer.parseInt(r.get("start")), end = Integer.parseInt(r.get("end"));
            assertThat(quote).as(r.get("position")).isNotBlank();
            assertThat(start).as(r.get("position")).isLessThan(end);
            assertThat(squeeze(text.substring(start, end))).as(r.get("position") + " offsets")
                    .isEqualTo(squeeze(quote));
            assertThat(r.get("actorLabel")).as(r.get("position")).isNotBlank();
            assertThat(r.get("stanceLabel")).as(r.get("position")).isIn("supports", "opposes", "proposes",
                    "has reservations");
        }
        for (String source : rows.stream().map(r -> r.get("source")).distinct().toList()) {
            assertThat(rows.stream().filter(r -> r.get("source").equals(source)).map(r -> Integer.parseInt(r.get("start"))).toList())
                    .as(source).isSorted();
        }
    }

    @Test
    void positions_with_evidence_narrow_to_one_actor_when_it_is_bound() {
        List<Map<String, String>> rows = runBound("positions-with-evidence", "actor", ID + "russia");
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actorLabel")).isEqualTo("Russia"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("about")).isEqualTo(ID + "cyber-arms-treaty"));
        assertThat(rows.size()).isLessThan(run("positions-with-evidence").size());
    }

    @Test
    void contested_norms_list_the_budapest_convention_with_supporters_and_doubters() {
        List<Map<String, String>> rows = run("contested-norms");
        List<Map<String, String>> convention = rows.stream()
                .filter(r -> (ID + "budapest-convention").equals(r.get("about"))).toList();
        assertThat(convention).anySatisfy(r -> {
            assertThat(r.get("side")).isEqualTo("for");
            assertThat(r.get("stance")).isEqualTo(NG + "Supports");
            assertThat(r.get("actor")).isIn(ID + "eu", ID + "united-states", ID + "hungary", ID + "eu-member-states");
        });
        assertThat(convention).anySatisfy(r -> {
            assertThat(r.get("side")).isEqualTo("against");
            assertThat(r.get("stance")).isEqualTo(NG + "HasReservations");
            assertThat(r.get("actor")).isEqualTo(ID + "non-eu-states");
        });
        // state regulation of the Internet: China and Russia for, the West against
        List<Map<String, String>> regulation = rows.stream()
                .filter(r -> (ID + "strict-government-regulation").equals(r.get("about"))).toList();
        assertThat(regulation).filteredOn(r -> "for".equals(r.get("side"))).extracting(r -> r.get("actor"))
                .contains(ID + "china", ID + "russia");
        assertThat(regulation).filteredOn(r -> "against".equals(r.get("side"))).extracting(r -> r.get("actor"))
                .contains(ID + "western-countries", ID + "uk");
        // every norm in the answer really has both sides, and sides follow stances
        Map<String, Set<String>> sides = new HashMap<>();
        for (Map<String, String> r : rows) {
            sides.computeIfAbsent(r.get("about"), k -> new HashSet<>()).add(r.get("side"));
            boolean backing = r.get("stance").equals(NG + "Supports") || r.get("stance").equals(NG + "Proposes");
            assertThat(r.get("side")).isEqualTo(backing ? "for" : "against");
        }
        assertThat(sides.values()).allSatisfy(s -> assertThat(s).containsExactlyInAnyOrder("for", "against"));
        // a norm that is only opposed (a new treaty: the UK and the US oppose it) is not contested
        assertThat(sides).doesNotContainKey(ID + "new-cybersecurity-treaty");
    }

    @Test
    void timeline_lists_the_three_conferences_in_order() {
        List<Map<String, String>> rows = run("london-process-timeline");
        assertThat(rows).extracting(r -> r.get("conference")).containsExactly(ID + "london-conference",
                ID + "budapest-conference", ID + "seoul-conference");
        assertThat(rows).extracting(r -> r.get("startDate")).containsExactly("2011-11-01", "2012-10-04", "2013-10-17");
        assertThat(rows).extracting(r -> r.get("endDate")).containsExactly("2011-11-02", "2012-10-05", "2013-10-18");
        assertThat(rows).extracting(r -> r.get("locationLabel")).containsExactly("London", "Budapest", "Seoul");
        Map<String, String> london = rows.get(0), budapest = rows.get(1), seoul = rows.get(2);
        assertThat(london.get("hosts")).contains("Foreign and Commonwealth Office");
        assertThat(london.get("stateCount")).isEqualTo("60");
        assertThat(london.get("stateCountQualifier")).isEqualTo("more-than");
        assertThat(london.get("delegateCount")).isEqualTo("700");
        assertThat(london.get("speakerCount")).isEqualTo("40");
        assertThat(budapest.get("hosts")).contains("Ministry of Foreign Affairs of Hungary");
        assertThat(budapest.get("delegateCount")).isEqualTo("600");
        assertThat(budapest.get("delegateCountQualifier")).isEqualTo("nearly");
        // the paper does not name the host of Seoul
        assertThat(seoul.get("hosts")).isNullOrEmpty();
    }

    @Test
    void speakers_include_hague_in_the_chair_and_huang_huikang_for_china_at_budapest() {
        List<Map<String, String>> rows = run("speakers-at-conferences");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("event")).isEqualTo(ID + "london-conference");
            assertThat(r.get("part")).isEqualTo(NG + "chair");
            assertThat(r.get("person")).isEqualTo(ID + "hague");
            assertThat(r.get("representsLabel")).isEqualTo("United Kingdom");
            assertThat(r.get("roles")).contains("Foreign Secretary");
        });
        assertThat(rows).filteredOn(r -> (ID + "london-conference").equals(r.get("event"))
                        && (NG + "speaker").equals(r.get("part")))
                .extracting(r -> r.get("personLabel")).contains("David Cameron", "Joe Biden", "Toomas Hendrik Ilves");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("event")).isEqualTo(ID + "budapest-conference");
            assertThat(r.get("person")).isEqualTo(ID + "huang-huikang");
            assertThat(r.get("represents")).isEqualTo(ID + "china");
            assertThat(r.get("rolesZh")).contains("中国代表团团长");
            assertThat(r.get("quote")).contains("黄惠康");
        });
        assertThat(rows).extracting(r -> r.get("startDate")).isSorted();
    }

    @Test
    void instruments_show_the_code_of_conduct_drafted_by_china_and_russia_for_the_general_assembly() {
        Map<String, Map<String, String>> byId = byKey(run("instruments-and-drafters"), "instrument");
        assertThat(byId.get(ID + "code-of-conduct-2011")).satisfies(r -> {
            assertThat(r.get("typeLabel")).isEqualTo("Proposal");
            assertThat(r.get("date")).isEqualTo("2011-09");
            assertThat(r.get("drafters").split("; ")).contains("China", "Russia");
            assertThat(r.get("submittedTo")).isEqualTo("United Nations General Assembly");
        });
        assertThat(byId.get(ID + "budapest-convention")).satisfies(r -> {
            assertThat(r.get("typeLabel")).isEqualTo("Treaty");
            assertThat(r.get("drafters")).isEqualTo("Council of Europe");
            assertThat(r.get("date")).isEqualTo("2001");
        });
        assertThat(byId.get(ID + "unga-res-53-70")).satisfies(r -> {
            assertThat(r.get("identifier")).isEqualTo("53/70");
            assertThat(r.get("adoptedBy")).isEqualTo("United Nations General Assembly");
            assertThat(r.get("basedOn")).contains("Developments in the field of information");
        });
        assertThat(byId.get(ID + "cispa").get("adoptedBy")).isEqualTo("United States House of Representatives");
        assertThat(byId.get(ID + "london-chair-statement").get("outcomeOf")).isEqualTo("London Conference on Cyberspace");
        // dated instruments come first, oldest first (the 1950 European Convention on Human Rights, named by the Budapest Convention)
        List<String> dates = run("instruments-and-drafters").stream().map(r -> r.get("date"))
                .takeWhile(Objects::nonNull).toList();
        assertThat(dates).isSorted().hasSizeGreaterThanOrEqualTo(8).startsWith("1950").contains("1998");
    }

    @Test
    void incidents_attribute_stuxnet_to_the_united_states_and_israel_with_a_hedge() {
        List<Map<String, String>> rows = run("incidents-and-attributions");
        for (String who : List.of("united-states", "israel")) {
            assertThat(rows).filteredOn(r -> (ID + "stuxnet").equals(r.get("incident"))
                            && (ID + who).equals(r.get("attributedTo"))).singleElement()
                    .satisfies(r -> {
                        assertThat(r.get("hedged")).isEqualTo("true");
                        assertThat(r.get("quotes")).contains("据信");
                        assertThat(r.get("targets")).contains("Iran", "Natanz");
                        assertThat(r.get("date")).isEqualTo("2010-09");
                    });
        }
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("incident")).isEqualTo(ID + "alleged-china-state-hacking");
            assertThat(r.get("attributedTo")).isEqualTo(ID + "china-government");
            assertThat(r.get("hedged")).isEqualTo("true");
        });
        // Estonia 2007: targets named, nobody blamed
        assertThat(rows).filteredOn(r -> (ID + "estonia-2007-cyberattacks").equals(r.get("incident"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("attributedTo")).isNull();
                    assertThat(r.get("hedged")).isNull();
                    assertThat(r.get("targets")).contains("Estonia");
                    assertThat(r.get("date")).startsWith("2007");
                });
    }

    @Test
    void memberships_show_who_represents_whom_with_role_titles() {
        List<Map<String, String>> rows = run("actor-memberships-and-representatives");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("member")).isEqualTo(ID + "huang-huikang");
            assertThat(r.get("relation")).isEqualTo(NG + "represents");
            assertThat(r.get("group")).isEqualTo(ID + "china");
            assertThat(r.get("roles")).contains("Head of the Chinese Delegation");
        });
        assertThat(rows).filteredOn(r -> (NG + "represents").equals(r.get("relation"))
                        && (ID + "uk").equals(r.get("group")))
                .extracting(r -> r.get("memberLabel")).contains("David Cameron", "William Hague");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("member")).isEqualTo(ID + "china");
            assertThat(r.get("relation")).isEqualTo(NG + "memberOf");
            assertThat(r.get("group")).isEqualTo(ID + "london-process-minority");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("member")).isEqualTo(ID + "uk-fco");
            assertThat(r.get("relation")).isEqualTo(NG + "partOf");
            assertThat(r.get("group")).isEqualTo(ID + "uk");
        });
        // conferences are partOf the London Process, but they are not actors
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("group")).isEqualTo(ID + "london-process"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("quote")).isNotBlank());
    }

    @Test
    void the_authors_own_arguments_are_his_positions_in_text_order() {
        List<Map<String, String>> rows = run("authors-own-arguments");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("author")).isEqualTo(ID + "huang-zhixiong");
            assertThat(r.get("authorLabelZh")).isEqualTo("黄志雄");
            assertThat(r.get("quote")).isNotBlank();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("stance")).isEqualTo(NG + "Supports");
            assertThat(r.get("about")).isEqualTo(ID + "need-international-cyber-legislation");
            assertThat(r.get("quote")).contains("势在");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("stance")).isIn(NG + "HasReservations", NG + "Opposes"));
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("start"))).isSorted();
        int authored = count("SELECT (COUNT(?p) AS ?n) { ?p ng:actor id:huang-zhixiong }");
        assertThat(rows).hasSize(authored);
    }

    @Test
    void norms_by_actor_type_separate_china_from_the_emerging_states_on_cyber_sovereignty() {
        List<Map<String, String>> rows = run("norms-by-actor-type");
        List<Map<String, String>> sovereignty = rows.stream()
                .filter(r -> (ID + "cyber-sovereignty").equals(r.get("about"))).toList();
        assertThat(sovereignty).anySatisfy(r -> {
            assertThat(r.get("actorType")).isEqualTo(NG + "State");
            assertThat(r.get("actors")).contains("China");
        });
        assertThat(sovereignty).anySatisfy(r -> {
            assertThat(r.get("actorType")).isEqualTo(NG + "ActorGroup");
            assertThat(r.get("actors")).contains("Emerging states");
        });
        assertThat(rows).filteredOn(r -> (ID + "budapest-convention").equals(r.get("about"))
                        && (NG + "State").equals(r.get("actorType"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("actors").split("; ")).contains("Hungary", "United States");
                    // the Chinese names are joined with the Chinese separator on every store (Virtuoso is sent a stand-in)
                    assertThat(r.get("actorsZh").split("；")).contains("匈牙利", "美国");
                });
        // each count matches the actors listed with it
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actors").split("; ")).hasSize(
                Integer.parseInt(r.get("supporters"))));
        // nobody supports a norm only by opposing it: the West's opposition to strict regulation is not counted
        assertThat(rows).filteredOn(r -> (ID + "strict-government-regulation").equals(r.get("about")))
                .extracting(r -> r.get("actors")).noneMatch(a -> a.contains("Western countries"));
    }

    @Test
    void hedged_claims_include_the_stuxnet_attribution_to_the_united_states() {
        List<Map<String, String>> rows = run("hedged-claims");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("fact");
            assertThat(r.get("subject")).isEqualTo(ID + "stuxnet");
            assertThat(r.get("predicate")).isEqualTo(NG + "attributedTo");
            assertThat(r.get("object")).isEqualTo(ID + "united-states");
            assertThat(r.get("quote")).contains("据信");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("position");
            assertThat(r.get("statement")).isEqualTo(ID + "emerging-states-cyber-sovereignty");
        });
        int hedged = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c ng:hedged true }");
        assertThat(rows).hasSize(hedged);
        // firm facts stay out: the London Conference's host is not hedged
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("predicate")).isEqualTo(NG + "host"));
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("start")))
                .isLessThan(Integer.parseInt(r.get("end"))));
    }

    @Test
    void bibliography_lists_the_cited_works_by_footnote() {
        List<Map<String, String>> rows = run("bibliography");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("footnote"))).isSorted()
                .allSatisfy(n -> assertThat(n).isBetween(12, 23));
        assertThat(rows).filteredOn(r -> (ID + "knake-2010").equals(r.get("work"))).singleElement().satisfies(r -> {
            assertThat(r.get("footnote")).isEqualTo("15");
            assertThat(r.get("creators")).isEqualTo("Robert K. Knake");
            assertThat(r.get("year")).isEqualTo("2010-09");
            assertThat(r.get("url")).startsWith("http://i.cfr.org/");
        });
        assertThat(rows).filteredOn(r -> (ID + "schjolberg-ghernaouti-helie-2011").equals(r.get("work")))
                .singleElement().satisfies(r -> assertThat(r.get("creators").split("; "))
                        .containsExactlyInAnyOrder("Stein Schjolberg", "Solange Ghernaouti-Helie"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("footnote")).isEqualTo("12");
            assertThat(r.get("title")).contains("黄惠康");
        });
    }

    @Test
    void stance_counts_add_up_to_every_position_and_support_is_the_commonest() {
        List<Map<String, String>> rows = run("positions-by-stance-count");
        assertThat(rows).extracting(r -> r.get("stance")).containsExactlyInAnyOrder(NG + "Supports",
                NG + "Proposes", NG + "Opposes", NG + "HasReservations");
        int total = rows.stream().mapToInt(r -> Integer.parseInt(r.get("positions"))).sum();
        assertThat(total).isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ng:Position }"));
        assertThat(rows.get(0).get("stance")).isEqualTo(NG + "Supports");
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("positions")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("actors")))
                .isLessThanOrEqualTo(Integer.parseInt(r.get("positions"))));
    }

    @Test
    void actors_sharing_stances_pair_china_and_russia_on_the_code_of_conduct_once() {
        List<Map<String, String>> rows = run("actors-sharing-stances");
        assertThat(rows).filteredOn(r -> (ID + "code-of-conduct-2011").equals(r.get("about"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("stance")).isEqualTo(NG + "Proposes");
                    assertThat(Set.of(r.get("actor1"), r.get("actor2"))).containsExactlyInAnyOrder(ID + "china",
                            ID + "russia");
                });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("about")).isEqualTo(ID + "new-cybersecurity-treaty");
            assertThat(r.get("stance")).isEqualTo(NG + "Opposes");
            assertThat(Set.of(r.get("actor1"), r.get("actor2"))).containsExactlyInAnyOrder(ID + "uk",
                    ID + "united-states");
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actor1")).isLessThan(r.get("actor2")));
        assertThat(rows).extracting(r -> r.get("about") + " " + r.get("stance") + " " + r.get("actor1") + " "
                + r.get("actor2")).doesNotHaveDuplicates();
        // China supports strict regulation, the West opposes it: different stances never pair up
        assertThat(rows).noneSatisfy(r -> {
            assertThat(r.get("about")).isEqualTo(ID + "strict-government-regulation");
            assertThat(Set.of(r.get("actor1"), r.get("actor2"))).contains(ID + "china", ID + "western-countries");
        });
    }

    @Test
    void conference_themes_compare_the_london_and_budapest_agendas() {
        List<Map<String, String>> rows = run("conference-themes");
        Set<String> london = topicsOf(rows, "london-conference"), budapest = topicsOf(rows, "budapest-conference");
        assertThat(london).contains(ID + "economic-growth-development", ID + "social-welfare", ID + "cybercrime",
                ID + "secure-reliable-access", ID + "international-security");
        assertThat(budapest).contains(ID + "economic-growth-development", ID + "social-benefits-human-rights",
                ID + "cybersecurity", ID + "international-security", ID + "cybercrime");
        assertThat(budapest).doesNotContain(ID + "secure-reliable-access");
        int lastLondon = lastIndex(rows, r -> (ID + "london-conference").equals(r.get("event")));
        int firstBudapest = rows.indexOf(rows.stream()
                .filter(r -> (ID + "budapest-conference").equals(r.get("event"))).findFirst().orElseThrow());
        assertThat(lastLondon).isLessThan(firstBudapest);
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("event")).isEqualTo(ID + "estonia-2007-cyberattacks"));
    }

    @Test
    void instruments_articulating_norms_show_the_eu_strategy_and_its_backers() {
        List<Map<String, String>> rows = run("instruments-articulating-norms");
        assertThat(rows).filteredOn(r -> (ID + "eu-cybersecurity-strategy-2013").equals(r.get("instrument")))
                .extracting(r -> r.get("norm")).contains(ID + "open-free-cyberspace", ID + "eu-values-apply-online",
                        ID + "fundamental-rights-online");
        assertThat(rows).filteredOn(r -> (ID + "eu-cybersecurity-strategy-2013").equals(r.get("instrument"))
                        && (ID + "open-free-cyberspace").equals(r.get("norm"))).singleElement()
                .satisfies(r -> {
                    assertThat(Integer.parseInt(r.get("backers"))).isGreaterThanOrEqualTo(2);
                    assertThat(r.get("drafters")).isEqualTo("European Commission");
                });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("instrument")).isEqualTo(ID + "london-chair-statement");
            assertThat(r.get("norm")).isEqualTo(ID + "no-sacrifice-of-human-rights");
            assertThat(r.get("quote")).contains("牺牲基本人权");
        });
    }

    @Test
    void actors_by_position_count_rank_the_author_china_and_the_west_near_the_top() {
        List<Map<String, String>> rows = run("actors-by-position-count");
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("positions")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("supports"))
                + Integer.parseInt(r.get("proposes")) + Integer.parseInt(r.get("opposes"))
                + Integer.parseInt(r.get("hasReservations"))).isEqualTo(Integer.parseInt(r.get("positions"))));
        // the primary texts' own voices (Russia, the Paris Call's supporters, the Budapest Convention's Parties) rank high too
        assertThat(rows.subList(0, 8)).extracting(r -> r.get("actor")).contains(ID + "huang-zhixiong", ID + "china",
                ID + "western-countries", ID + "budapest-convention-parties");
        assertThat(byKey(rows, "actor").get(ID + "china").get("proposes")).satisfies(
                s -> assertThat(Integer.parseInt(s)).isGreaterThanOrEqualTo(5));
        assertThat(byKey(rows, "actor").get(ID + "non-eu-states").get("hasReservations")).isEqualTo("1");
    }

    @Test
    void facts_about_the_london_conference_carry_their_evidence() {
        List<Map<String, String>> rows = runBound("facts-about-an-entity", "entity", ID + "london-conference");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("entity")).isEqualTo(ID + "london-conference");
            assertThat(r.get("quote")).isNotBlank();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("direction")).isEqualTo("outgoing");
            assertThat(r.get("predicate")).isEqualTo(NG + "startDate");
            assertThat(r.get("other")).isEqualTo("2011-11-01");
            assertThat(squeeze(r.get("quote"))).contains("11月1");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("predicate")).isEqualTo(NG + "stateCount");
            assertThat(r.get("other")).isEqualTo("60");
            assertThat(r.get("qualifier")).isEqualTo("more-than");
            assertThat(r.get("hedged")).isEqualTo("false");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("direction")).isEqualTo("incoming");
            assertThat(r.get("predicate")).isEqualTo(NG + "outcomeOf");
            assertThat(r.get("other")).isEqualTo(ID + "london-chair-statement");
        });
        List<Map<String, String>> stuxnet = runBound("facts-about-an-entity", "entity", ID + "stuxnet");
        assertThat(stuxnet).anySatisfy(r -> {
            assertThat(r.get("predicate")).isEqualTo(NG + "attributedTo");
            assertThat(r.get("hedged")).isEqualTo("true");
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    static List<Map<String, String>> run(String name) {
        QueryLibrary.Entry e = library.get(name);
        if (e == null) fail("no query " + name + " in queries/");
        return Rows.select(dsg, e.sparql());
    }

    /** Runs a library query with one variable bound by substitution, as the web does. */
    static List<Map<String, String>> runBound(String name, String var, String iri) {
        return Rows.select(dsg, library.get(name).sparql(), Map.of(var, ResourceFactory.createResource(iri)));
    }

    static int count(String select) {
        return Integer.parseInt(Rows.select(dsg, PREFIXES + select).get(0).get("n"));
    }

    static String sourceText() {
        return sourceText(ID + "source/huang-2013-london-process");
    }

    static String sourceText(String source) {
        List<Map<String, String>> rows = Rows.select(dsg, PREFIXES
                + "SELECT ?text { <" + source + "> a ng:SourceDocument ; ng:text ?text }");
        assertThat(rows).as(source).hasSize(1);
        return rows.get(0).get("text");
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(key), r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    static Set<String> topicsOf(List<Map<String, String>> rows, String event) {
        return rows.stream().filter(r -> (ID + event).equals(r.get("event"))).map(r -> r.get("topic"))
                .collect(Collectors.toSet());
    }

    static int lastIndex(List<Map<String, String>> rows, Predicate<Map<String, String>> p) {
        for (int i = rows.size() - 1; i >= 0; i--) if (p.test(rows.get(i))) return i;
        return -1;
    }
}
