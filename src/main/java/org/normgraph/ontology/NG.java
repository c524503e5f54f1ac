package org.normgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the normgraph vocabulary ({@code ng:}), declared in {@code ontology/normgraph.ttl}.
 *
 * <pre>{@code model.add(position, NG.stance, NG.Supports);}</pre>
 */
public final class NG {
    public static final String NS = "https://normgraph.org/ns#";
    public static final String ONTOLOGY = "https://normgraph.org/ns";

    private NG() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Actor = r("Actor");
    public static final Resource State = r("State");
    public static final Resource InternationalOrganisation = r("InternationalOrganisation");
    public static final Resource GovernmentBody = r("GovernmentBody");
    public static final Resource Company = r("Company");
    public static final Resource CivilSocietyOrganisation = r("CivilSocietyOrganisation");
    public static final Resource Person = r("Person");
    public static final Resource ActorGroup = r("ActorGroup");
    public static final Resource Event = r("Event");
    public static final Resource Conference = r("Conference");
    public static final Resource Process = r("Process");
    public static final Resource Incident = r("Incident");
    public static final Resource Instrument = r("Instrument");
    public static final Resource Treaty = r("Treaty");
    public static final Resource Resolution = r("Resolution");
    public static final Resource Declaration = r("Declaration");
    public static final Resource Strategy = r("Strategy");
    public static final Resource Legislation = r("Legislation");
    public static final Resource Proposal = r("Proposal");
    public static final Resource InstrumentPart = r("InstrumentPart");
    public static final Resource Preamble = r("Preamble");
    public static final Resource Chapter = r("Chapter");
    public static final Resource InstrumentSection = r("InstrumentSection");
    public static final Resource InstrumentTitle = r("InstrumentTitle");
    public static final Resource Article = r("Article");
    public static final Resource Principle = r("Principle");
    public static final Resource Norm = r("Norm");
    public static final Resource Topic = r("Topic");
    public static final Resource Place = r("Place");
    public static final Resource Position = r("Position");
    public static final Resource Stance = r("Stance");
    public static final Resource SourceDocument = r("SourceDocument");
    public static final Resource Claim = r("Claim");
    public static final Resource Section = r("Section");
    public static final Resource Paragraph = r("Paragraph");
    public static final Resource Footnote = r("Footnote");
    public static final Resource FootnoteMarker = r("FootnoteMarker");
    public static final Resource Work = r("Work");

    /** The local names of the concrete actor classes (subclasses of ng:Actor), e.g. "State". */
    public static final java.util.Set<String> ACTOR_TYPES = java.util.Set.of("State", "InternationalOrganisation",
            "GovernmentBody", "Company", "CivilSocietyOrganisation", "Person", "ActorGroup");

    /** The local names of the classes of instrument parts (subclasses of ng:InstrumentPart), e.g. "Article". */
    public static final java.util.Set<String> PART_TYPES = java.util.Set.of("Preamble", "Chapter", "InstrumentSection",
            "InstrumentTitle", "Article", "Principle", "InstrumentPart");
    // Stances
    public static final Resource Supports = r("Supports");
    public static final Resource Opposes = r("Opposes");
    public static final Resource Proposes = r("Proposes");
    public static final Resource HasReservations = r("HasReservations");

    // Positions and evidence
    public static final Property actor = p("actor");
    public static final Property stance = p("stance");
    public static final Property about = p("about");
    public static final Property statedAt = p("statedAt");
    public static final Property statedBy = p("statedBy");
    public static final Property date = p("date");
    public static final Property evidence = p("evidence");
    public static final Property hedged = p("hedged");
    public static final Property qualifier = p("qualifier");
    public static final Property note = p("note");

    // Events, incidents, instruments, actors
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");
    public static final Property host = p("host");
    public static final Property participant = p("participant");
    public static final Property speaker = p("speaker");
    public static final Property chair = p("chair");
    public static final Property topic = p("topic");
    public static final Property partOf = p("partOf");
    public static final Property location = p("location");
    public static final Property target = p("target");
    public static final Property attributedTo = p("attributedTo");
    public static final Property drafter = p("drafter");
    public static final Property submittedTo = p("submittedTo");
    public static final Property adoptedBy = p("adoptedBy");
    public static final Property basedOn = p("basedOn");
    public static final Property outcomeOf = p("outcomeOf");
    public static final Property articulates = p("articulates");
    public static final Property partNumber = p("partNumber");
    public static final Property represents = p("represents");
    public static final Property memberOf = p("memberOf");
    public static final Property mentions = p("mentions");
    public static final Property relatedTo = p("relatedTo");
    public static final Property stateCount = p("stateCount");
    public static final Property delegateCount = p("delegateCount");
    public static final Property speakerCount = p("speakerCount");
    public static final Property role = p("role");
    public static final Property identifier = p("identifier");

    // Source structure
    public static final Property text = p("text");
    public static final Property start = p("start");
    public static final Property end = p("end");
    public static final Property index = p("index");
    public static final Property level = p("level");
    public static final Property heading = p("heading");
    public static final Property section = p("section");
    public static final Property number = p("number");
    public static final Property marker = p("marker");
    public static final Property footnote = p("footnote");
    public static final Property paragraph = p("paragraph");
    public static final Property citedIn = p("citedIn");
    public static final Property creatorName = p("creatorName");
    public static final Property venue = p("venue");
    public static final Property fileName = p("fileName");
    public static final Property sha256 = p("sha256");
    public static final Property quoteText = p("quoteText");
    public static final Property translation = p("translation");
    public static final Resource SourceKind = r("SourceKind");
    public static final Property sourceKind = p("sourceKind");
    public static final Property primarySource = p("primarySource");
    /** A source document → the instrument it is one expression (language version) of. */
    public static final Property expressionOf = p("expressionOf");
    /** True on the authentic original text of an instrument. */
    public static final Property authentic = p("authentic");
    /** The kinds of source a claims file may name in {@code source.kind}. */
    public static final java.util.List<String> SOURCE_KINDS =
            java.util.List.of("ScholarlyPaper", "TreatyText", "DeclarationText", "NationalPolicy", "Statement");
}
