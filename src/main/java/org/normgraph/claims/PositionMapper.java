package org.normgraph.claims;

import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Writes one position as an n-ary {@code ng:Position} node (actor, stance, about, optional event,
 * speaker and date, evidence), checking that each reference names the right kind of thing. Its
 * labels are made from the labels of actor, stance and topic.
 *
 * <pre>{@code new PositionMapper(model, ids, evidence, problems).write(position);}</pre>
 */
final class PositionMapper {
    private static final Set<String> ACTOR_OR_AUTHOR = Terms.ACTOR_TYPES;

    private final Model m;
    private final IdIndex ids;
    private final EvidenceWriter evidence;
    private final Problems problems;

    PositionMapper(Model m, IdIndex ids, EvidenceWriter evidence, Problems problems) {
        this.m = m;
        this.ids = ids;
        this.evidence = evidence;
        this.problems = problems;
    }

    void write(Specs.Position p) {
        if (p.id() == null) return;
        Resource actor = ref(p, "actor", p.actor(), ACTOR_OR_AUTHOR);
        Resource stance = p.stance() == null ? null : Terms.STANCES.get(p.stance());
        if (p.stance() != null && stance == null) fail(p, "unknown stance '" + p.stance() + "' (expected one of " + Terms.STANCES.keySet() + ")");
        Resource about = ref(p, "about", p.about(), ClaimsMapper.NORM_OR_INSTRUMENT);
        Resource event = p.statedAt() == null ? null : ref(p, "statedAt", p.statedAt(), Terms.EVENT_TYPES);
        Resource speaker = p.statedBy() == null ? null : ref(p, "statedBy", p.statedBy(), Set.of("Person"));
        Literal date = p.date() == null ? null : Dates.literal(p.date());
        if (p.date() != null && date == null) {
            problems.add(new Problem(p.dateAt().file(), p.dateAt().line(), p.id(),
                    "'date' value '" + p.date() + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        Resource ev = evidence.write(p.id(), p.quote(), p.id(), p.where());
        if (actor == null || stance == null || about == null || ev == null) return;

        Resource r = m.createResource(Iris.entity(p.id()), NG.Position)
                .addProperty(NG.actor, actor).addProperty(NG.stance, stance).addProperty(NG.about, about)
                .addProperty(NG.evidence, ev);
        if (event != null) r.addProperty(NG.statedAt, event);
        if (speaker != null) r.addProperty(NG.statedBy, speaker);
        if (date != null) r.addProperty(NG.date, date);
        if (p.hedged()) r.addLiteral(NG.hedged, true);
        Labels.add(r, NG.note, p.note());
    }

    private Resource ref(Specs.Position p, String key, String id, Set<String> allowed) {
        if (id == null) return null;
        String type = ids.type(id);
        if (type == null) { fail(p, "'" + key + "' names unknown id '" + id + "'"); return null; }
        if (!allowed.contains(type)) { fail(p, "'" + key + "' must name one of " + allowed + ", but '" + id + "' is a " + type); return null; }
        return m.createResource(Iris.entity(id));
    }

    private void fail(Specs.Position p, String message) {
        problems.add(new Problem(p.where().file(), p.where().line(), p.id(), message));
    }

    /** The generated zh/en labels of every position, from the labels already in the model. */
    static void label(Model m, IdIndex ids) {
        m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NG.Position).toList().forEach(pos -> {
            for (String lang : new String[] {"zh", "en"}) {
                Resource actor = pos.getPropertyResourceValue(NG.actor);
                String a = labelOf(actor, lang, ids);
                boolean plural = "ActorGroup".equals(ids.type(org.normgraph.ontology.Iris.slugOf(actor.getURI())));
                String s = stanceWord(pos.getPropertyResourceValue(NG.stance), lang, plural);
                String t = labelOf(pos.getPropertyResourceValue(NG.about), lang, ids);
                Resource at = pos.getPropertyResourceValue(NG.statedAt);
                String where = at == null ? "" : (lang.equals("zh") ? "（" + labelOf(at, lang, ids) + "）" : " (" + labelOf(at, lang, ids) + ")");
                boolean reservations = NG.HasReservations.equals(pos.getPropertyResourceValue(NG.stance));
                String named = t.contains("“") || t.contains("《") ? t : "“" + t + "”";
                String zh = reservations ? a + "对" + named + "持保留态度" + where : a + s + named + where;
                pos.addProperty(RDFS.label, lang.equals("zh") ? zh : a + " " + s + " " + t + where, lang);
            }
        });
    }

    /** A label from this source's graph, else as declared in another loaded source. */
    private static String labelOf(Resource r, String lang, IdIndex ids) {
        if (r == null) return "?";
        String slug = org.normgraph.ontology.Iris.slugOf(r.getURI());
        String other = null;
        for (var st : r.listProperties(RDFS.label).toList()) {
            if (st.getLanguage().equals(lang)) return st.getString();
            other = st.getString();
        }
        String declared = slug == null ? null : ids.label(slug, lang);
        if (declared != null) return declared;
        return other != null ? other : r.getLocalName();
    }

    /** The stance as a verb; English agrees with the actor (groups such as "Western countries" are plural). */
    private static String stanceWord(Resource stance, String lang, boolean plural) {
        boolean zh = lang.equals("zh");
        if (NG.Supports.equals(stance)) return zh ? "支持" : plural ? "support" : "supports";
        if (NG.Opposes.equals(stance)) return zh ? "反对" : plural ? "oppose" : "opposes";
        if (NG.Proposes.equals(stance)) return zh ? "提出" : plural ? "propose" : "proposes";
        return zh ? "保留" : plural ? "have reservations about" : "has reservations about";
    }
}
