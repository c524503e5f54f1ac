package org.normgraph.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.normgraph.ontology.NG;

/**
 * The names a claims file may use for types, properties and stances, and what each maps to.
 *
 * <pre>{@code Terms.TYPES.get("State")  // NG.State}</pre>
 */
final class Terms {
    private Terms() {}

    /** What a fact's value must be. */
    enum Kind { ENTITY, DATE, INTEGER, LANG, STRING }

    record Prop(Property property, Kind kind) {}

    static final Map<String, Resource> TYPES = new LinkedHashMap<>();
    static final Map<String, Prop> PROPERTIES = new LinkedHashMap<>();
    static final Map<String, Resource> STANCES = Map.of("Supports", NG.Supports, "Opposes", NG.Opposes,
            "Proposes", NG.Proposes, "HasReservations", NG.HasReservations);
    static final Set<String> ACTOR_TYPES = NG.ACTOR_TYPES;
    static final Set<String> EVENT_TYPES = Set.of("Conference", "Process", "Incident", "Event");
    static final Set<String> INSTRUMENT_TYPES = Set.of("Treaty", "Resolution", "Declaration", "Strategy", "Legislation",
            "Proposal", "Instrument");
    static final Set<String> PART_TYPES = NG.PART_TYPES;
    static final Set<String> QUALIFIERS = Set.of("more-than", "nearly", "about", "exactly");

    static {
        for (Resource r : new Resource[] {NG.State, NG.InternationalOrganisation, NG.GovernmentBody, NG.Company,
                NG.CivilSocietyOrganisation, NG.Person, NG.ActorGroup, NG.Conference, NG.Process, NG.Incident, NG.Event,
                NG.Treaty, NG.Resolution, NG.Declaration, NG.Strategy, NG.Legislation, NG.Proposal, NG.Instrument,
                NG.Norm, NG.Topic, NG.Place, NG.InstrumentPart, NG.Preamble, NG.Chapter, NG.InstrumentSection,
                NG.InstrumentTitle, NG.Article, NG.Principle}) {
            TYPES.put(r.getLocalName(), r);
        }
        for (Property p : new Property[] {NG.represents, NG.memberOf, NG.partOf, NG.host, NG.participant, NG.speaker,
                NG.chair, NG.topic, NG.location, NG.target, NG.attributedTo, NG.drafter, NG.submittedTo, NG.adoptedBy,
                NG.basedOn, NG.outcomeOf, NG.articulates, NG.mentions, NG.relatedTo}) {
            PROPERTIES.put(p.getLocalName(), new Prop(p, Kind.ENTITY));
        }
        for (Property p : new Property[] {NG.date, NG.startDate, NG.endDate}) PROPERTIES.put(p.getLocalName(), new Prop(p, Kind.DATE));
        for (Property p : new Property[] {NG.stateCount, NG.delegateCount, NG.speakerCount}) {
            PROPERTIES.put(p.getLocalName(), new Prop(p, Kind.INTEGER));
        }
        PROPERTIES.put("role", new Prop(NG.role, Kind.LANG));
        PROPERTIES.put("identifier", new Prop(NG.identifier, Kind.STRING));
    }
}
