package org.normgraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.normgraph.source.QuoteLocator;

/**
 * Writes one synthetic source: a text in Chinese or English (a paper, a state's statement or policy,
 * or an organisation's declaration), wrapped like a PDF extraction, and its claims file in the real
 * format. Every entity the text names that no earlier source declared is declared here, with its
 * facts; every position and fact carries a quote that is located exactly once in the text (a prefix
 * is added where the same words occur twice) and a translation into the other language.
 */
public final class SourceWriter {
    /** A generated pair of files. */
    public record Source(String name, String text, String claims) {}

    private static final String[] KINDS = {"ScholarlyPaper", "Statement", "NationalPolicy", "DeclarationText", "ScholarlyPaper"};
    private static final String[] CN_NUM = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private final World world;
    private final Map<String, Thing> byId;
    private final Map<String, List<Thing>> speakers;
    private final Set<String> declared;   // ids declared by this or an earlier source
    private final Random rng;
    private final int index;
    private final int positions;
    private final boolean zh;

    private final Map<String, StringBuilder> entityYaml = new LinkedHashMap<>();
    private final Map<String, List<String>> entityFacts = new LinkedHashMap<>();
    private final List<String> positionYaml = new ArrayList<>();
    private final List<String> topFacts = new ArrayList<>();
    private final List<String> worksYaml = new ArrayList<>();
    private final SyntheticText body;
    private final Introductions intros;

    SourceWriter(World world, Map<String, Thing> byId, Map<String, List<Thing>> speakers, Set<String> declared,
                 long seed, int index, int positions) {
        this.world = world;
        this.byId = byId;
        this.speakers = speakers;
        this.declared = declared;
        this.rng = new Random(seed * 1_000_003L + index);
        this.index = index;
        this.positions = positions;
        this.zh = rng.nextInt(100) < 45;
        this.body = new SyntheticText(zh);
        this.intros = new Introductions(world, byId);
    }

    String language() {
        return zh ? "zh" : "en";
    }

    Source write(String fileName) {
        String kind = KINDS[index % KINDS.length];
        boolean primary = kind.equals("Statement") || kind.equals("NationalPolicy");
        int year = 2005 + rng.nextInt(21);
        String date = year + "-" + Introductions.two(1 + rng.nextInt(12)) + "-" + Introductions.two(1 + rng.nextInt(28));
        Thing voice = world.states().get(World.zipf(rng, world.states().size()));
        Thing issuer = switch (kind) {
            case "Statement", "NationalPolicy" -> byId.get(voice.id() + "-mfa");
            case "DeclarationText" -> world.organisations().get(World.zipf(rng, 54));
            default -> null;
        };
        Thing author = issuer == null ? world.people().get(rng.nextInt(world.people().size())) : null;
        String[] title = title(kind, voice, issuer, author, year);
        String id = Thing.slug(kind.replaceAll("([a-z])([A-Z])", "$1 $2") + " " + index + " " + year);

        body.newParagraph();
        Quote titleQuote = new Quote(zh ? title[1] : title[0], zh ? title[0] : title[1]);
        body.addQuote(titleQuote);
        body.newParagraph();
        if (issuer != null) ref(issuer);
        if (author != null) ref(author);

        int sections = Math.max(3, positions / 25);
        int perSection = positions / sections;
        int made = 0;
        Set<String> pairs = new HashSet<>();
        for (int s = 0; s < sections; s++) {
            Thing topic = world.norms().get(World.zipf(rng, Names.CONCEPTS.length));
            body.newParagraph();
            body.add(zh ? CN_NUM[s % CN_NUM.length] + "、关于" + topic.zh() : (s + 1) + ". On " + topic.en());
            int target = s == sections - 1 ? positions - made : perSection;
            body.newParagraph();
            for (int k = 0; k < target; k++) {
                if (body.paragraphSize() > 5) body.newParagraph();
                if (rng.nextInt(3) == 0) filler(topic, year);
                Thing actor = primary && rng.nextInt(10) < 5 ? voice : actor();
                if (position(actor, pairs, kind, year)) made++;
                if (rng.nextInt(4) == 0) fact();
            }
        }
        if (author != null) authorsOwn(author, pairs, year);
        String text = body.assemble();
        body.locate(text);
        StringBuilder y = new StringBuilder();
        y.append("# Synthetic benchmark source ").append(index).append(" (normgraph bench generator; not a real document).\n");
        y.append("source:\n  id: ").append(id).append("\n  title: ").append(Yaml.pair(title[1], title[0])).append('\n');
        if (author != null) y.append("  creators: [").append(author.id()).append("]\n");
        y.append("  language: ").append(zh ? "zh" : "en").append('\n');
        y.append("  kind: ").append(kind).append("\n  primary: ").append(primary).append('\n');
        y.append("  date: ").append(Yaml.q(date)).append('\n');
        if (issuer != null) y.append("  adoptedBy: ").append(issuer.id()).append('\n');
        y.append("  origin: \"generated by org.normgraph.bench.Generate\"\n");
        y.append(titleQuote.block("  "));
        y.append("\nentities:\n");
        entityYaml.forEach((eid, sb) -> {
            y.append(sb);
            List<String> facts = entityFacts.get(eid);
            if (!facts.isEmpty()) {
                y.append("    facts:\n");
                facts.forEach(f -> y.append("      - ").append(f).append('\n'));
            }
        });
        if (entityYaml.isEmpty()) y.setLength(y.length() - "entities:\n".length());
        if (!worksYaml.isEmpty()) {
            y.append("\nworks:\n");
            worksYaml.forEach(y::append);
        }
        y.append("\npositions:\n");
        positionYaml.forEach(y::append);
        if (!topFacts.isEmpty()) {
            y.append("\nfacts:\n");
            topFacts.forEach(f -> y.append("  - ").append(f).append('\n'));
        }
        return new Source(fileName, text, body.resolve(y.toString()));
    }

    private String[] title(String kind, Thing voice, Thing issuer, Thing author, int year) {
        Thing topic = world.norms().get(World.zipf(rng, world.norms().size()));
        return switch (kind) {
            case "Statement" -> new String[] {"Statement by " + voice.en() + " on " + topic.en() + " (" + year + ", No. " + index + ")",
                    voice.zh() + "关于" + topic.zh() + "的声明（" + year + "年，第" + index + "号）"};
            case "NationalPolicy" -> new String[] {"International Cyberspace Policy of " + voice.en() + " (" + year + ", No. " + index + ")",
                    voice.zh() + "网络空间国际政策（" + year + "年，第" + index + "号）"};
            case "DeclarationText" -> new String[] {issuer.en() + " Statement on " + World.cap(topic.en()) + " (" + year + ", No. " + index + ")",
                    issuer.zh() + "关于" + topic.zh() + "的声明（" + year + "年，第" + index + "号）"};
            default -> new String[] {author.en() + ": " + World.cap(topic.en()) + " and the Future of Cyberspace Governance (" + year + ", No. " + index + ")",
                    author.zh() + "：" + topic.zh() + "与网络空间治理的未来（" + year + "年，第" + index + "号）"};
        };
    }

    private Thing actor() {
        int r = rng.nextInt(10);
        if (r < 7) return world.states().get(World.zipf(rng, world.states().size()));
        if (r < 9) return world.organisations().get(World.zipf(rng, world.organisations().size()));
        return world.groups().get(rng.nextInt(world.groups().size()));
    }

    private static final String[][][] VERBS = {
        {{"supported", "支持"}, {"endorsed", "赞成"}, {"backed", "拥护"}},
        {{"opposed", "反对"}, {"rejected", "拒绝"}},
        {{"proposed", "提出"}, {"put forward", "倡议"}},
        {{"expressed reservations about", "有保留地看待"}, {"raised concerns about", "质疑"}},
    };
    private static final String[] STANCES = {"Supports", "Opposes", "Proposes", "HasReservations"};

    private boolean position(Thing actor, Set<String> pairs, String kind, int year) {
        Thing about = rng.nextInt(4) == 0 ? world.instruments().get(World.zipf(rng, world.instruments().size()))
                : world.norms().get(World.zipf(rng, world.norms().size()));
        if (!pairs.add(actor.id() + " " + about.id())) return false;
        int r = rng.nextInt(100);
        int st = r < 45 ? 0 : r < 65 ? 1 : r < 85 ? 2 : 3;
        String[] verb = VERBS[st][rng.nextInt(VERBS[st].length)];
        boolean hedged = st == 0 && rng.nextInt(20) == 0;
        Thing event = rng.nextInt(10) < 4 ? world.events().get(World.zipf(rng, world.events().size())) : null;
        List<Thing> voices = speakers.getOrDefault(actor.id(), List.of());
        Thing person = event != null && !voices.isEmpty() && rng.nextInt(2) == 0 ? voices.get(rng.nextInt(voices.size())) : null;
        String dated = event == null && rng.nextInt(5) == 0 ? (year - rng.nextInt(5)) + "-" + Introductions.two(1 + rng.nextInt(12)) : null;

        String objEn = about.isInstrument() ? "the " + about.en() : "the principle of " + about.en();
        String objZh = about.isInstrument() ? "《" + about.zh() + "》" : "“" + about.zh() + "”原则";
        String coreEn = hedged ? actor.en() + " is believed to have " + verb[0] + " " + objEn : actor.en() + " " + verb[0] + " " + objEn;
        String coreZh = hedged ? "据信" + actor.zh() + verb[1] + objZh : actor.zh() + verb[1] + objZh;
        if (st == 3) coreZh = actor.zh() + "对" + objZh + (verb[0].startsWith("expressed") ? "持有保留" : "表示担心");
        String en;
        String zhs;
        if (event != null && person != null) {
            en = "At the " + event.en() + ", " + person.en() + " stated that " + coreEn + ".";
            zhs = "在" + event.zh() + "上，" + person.zh() + "表示" + coreZh + "。";
        } else if (event != null) {
            en = "At the " + event.en() + ", " + coreEn + ".";
            zhs = "在" + event.zh() + "上，" + coreZh + "。";
        } else if (dated != null) {
            int m = Integer.parseInt(dated.substring(5));
            en = "In " + Names.MONTHS[m - 1] + " " + dated.substring(0, 4) + ", " + coreEn + ".";
            zhs = dated.substring(0, 4) + " 年 " + m + " 月，" + coreZh + "。";
        } else {
            en = World.cap(coreEn) + ".";
            zhs = coreZh + "。";
        }
        Quote q = body.say(en, zhs);
        if (q == null) return false;
        ref(actor);
        ref(about);
        if (event != null) ref(event);
        if (person != null) ref(person);
        String pid = Thing.slug(actor.id() + " " + STANCES[st] + " " + about.id() + " s" + index);
        StringBuilder p = new StringBuilder();
        p.append("  - id: ").append(pid).append('\n');
        p.append("    actor: ").append(actor.id()).append("\n    stance: ").append(STANCES[st]).append("\n    about: ").append(about.id()).append('\n');
        if (event != null) p.append("    statedAt: ").append(event.id()).append('\n');
        if (person != null) p.append("    statedBy: ").append(person.id()).append('\n');
        if (dated != null) p.append("    date: ").append(Yaml.q(dated)).append('\n');
        if (hedged) p.append("    hedged: true\n");
        p.append("    BQUOTE").append(body.lastQuote()).append('\n');
        positionYaml.add(p.toString());
        return true;
    }

    /** The author's own arguments (positions whose actor is the author) and the works the paper cites. */
    private void authorsOwn(Thing author, Set<String> pairs, int year) {
        body.newParagraph();
        body.add(zh ? "结论" : "Conclusion");
        body.newParagraph();
        for (int k = 0; k < 8; k++) {
            Thing about = world.norms().get(World.zipf(rng, world.norms().size()));
            if (!pairs.add(author.id() + " " + about.id())) continue;
            boolean supports = rng.nextInt(3) > 0;
            Quote q = body.say("The author, " + author.en() + ", " + (supports ? "supports" : "opposes") + " the principle of " + about.en() + ".",
                    "作者" + author.zh() + (supports ? "支持" : "反对") + "“" + about.zh() + "”原则。");
            if (q == null) continue;
            ref(about);
            positionYaml.add("  - id: " + Thing.slug(author.id() + " own " + about.id() + " s" + index) + "\n    actor: " + author.id()
                    + "\n    stance: " + (supports ? "Supports" : "Opposes") + "\n    about: " + about.id() + "\n    BQUOTE" + (body.lastQuote()) + "\n");
        }
        body.newParagraph();
        body.add(zh ? "参考文献" : "References");
        for (int k = 0; k < 6; k++) {
            body.newParagraph();
            Thing by = world.people().get(rng.nextInt(world.people().size()));
            Thing topic = world.norms().get(World.zipf(rng, world.norms().size()));
            int y = year - 1 - rng.nextInt(10);
            String titleEn = World.cap(topic.en()) + " and the Law of Cyberspace, Part " + (k + 1) + " (No. " + index + ")";
            String titleZh = topic.zh() + "与网络空间法（第" + (k + 1) + "部分，第" + index + "号）";
            String venue = zh ? "《网络空间研究》" : "Journal of Cyber Policy";
            body.add(zh ? "[" + (k + 1) + "] " + by.zh() + "：" : "[" + (k + 1) + "] " + by.en() + ":");
            Quote q = body.say(titleEn, titleZh);
            body.add(zh ? "，" + venue + "，" + y + " 年。" : "- " + venue + ", " + y + ".");
            String wid = Thing.slug("work " + index + " " + (k + 1) + " " + by.id());
            worksYaml.add("  - id: " + wid + "\n    creators: [" + Yaml.q(zh ? by.zh() : by.en()) + "]\n    title: " + Yaml.q(zh ? titleZh : titleEn)
                    + "\n    venue: " + Yaml.q(venue) + "\n    year: " + Yaml.q(Integer.toString(y)) + "\n    label: " + Yaml.pair(titleZh, titleEn)
                    + "\n    BQUOTE" + (body.lastQuote()) + "\n");
            if (q == null) throw new IllegalStateException("duplicate work title");
        }
    }

    /** A fact about something the corpus knows: membership, participation, a speaker, a theme, an attribution. */
    private void fact() {
        Thing s = world.states().get(World.zipf(rng, world.states().size()));
        int kind = rng.nextInt(10);
        if (kind == 0) {
            Thing e = world.events().get(World.zipf(rng, world.events().size()));
            Thing p = world.people().get(World.zipf(rng, world.people().size()));
            Quote q = body.say(p.en() + " spoke at the " + e.en() + ".", p.zh() + "在" + e.zh() + "上发言。");
            if (q == null) return;
            ref(e);
            ref(p);
            addFact(e.id(), "{p: speaker, o: " + p.id() + ", QUOTE" + (body.lastQuote()) + "}");
        } else if (kind == 1) {
            Thing e = world.events().get(World.zipf(rng, world.events().size()));
            Thing n = world.norms().get(World.zipf(rng, world.norms().size()));
            Quote q = body.say("The " + e.en() + " addressed the principle of " + n.en() + ".", e.zh() + "讨论了“" + n.zh() + "”原则。");
            if (q == null) return;
            ref(e);
            ref(n);
            addFact(e.id(), "{p: topic, o: " + n.id() + ", QUOTE" + (body.lastQuote()) + "}");
        } else if (kind == 2) {
            Thing i = world.incidents().get(World.zipf(rng, world.incidents().size()));
            if (s.id().equals(i.represents())) return;
            Quote q = body.say("The " + i.en() + " is believed to have been carried out by " + s.en() + ".", "据信" + i.zh() + "是由" + s.zh() + "实施的。");
            if (q == null) return;
            ref(i);
            ref(s);
            addFact(i.id(), "{p: attributedTo, o: " + s.id() + ", hedged: true, QUOTE" + (body.lastQuote()) + "}");
        } else if (kind < 6) {
            Thing o = world.organisations().get(World.zipf(rng, 54));
            if (!o.type().equals("InternationalOrganisation")) return;
            Quote q = body.say(s.en() + " is a member of the " + o.en() + ".", s.zh() + "是" + o.zh() + "的成员。");
            if (q == null) return;
            ref(s);
            ref(o);
            addFact(s.id(), "{p: memberOf, o: " + o.id() + ", QUOTE" + (body.lastQuote()) + "}");
        } else {
            Thing e = world.events().get(World.zipf(rng, world.events().size()));
            Quote q = body.say(s.en() + " took part in the " + e.en() + ".", s.zh() + "参加了" + e.zh() + "。");
            if (q == null) return;
            ref(s);
            ref(e);
            addFact(e.id(), "{p: participant, o: " + s.id() + ", QUOTE" + (body.lastQuote()) + "}");
        }
    }

    private void addFact(String subject, String fact) {
        if (entityFacts.containsKey(subject)) entityFacts.get(subject).add(fact);
        else topFacts.add(fact.replaceFirst("^\\{", "{s: " + subject + ", "));
    }

    /** Declares a thing in this source unless a source declared it already. */
    private void ref(Thing t) {
        if (!declared.add(t.id())) return;
        String[] intro = intros.of(t);
        Quote q = body.say(intro[0], intro[1]);
        if (q == null) throw new IllegalStateException("duplicate introduction of " + t.id());
        StringBuilder sb = new StringBuilder();
        sb.append("  - id: ").append(t.id()).append("\n    type: ").append(t.type()).append('\n');
        sb.append("    label: ").append(Yaml.pair(t.zh(), t.en())).append('\n');
        sb.append("    BQUOTE").append(body.lastQuote()).append('\n');
        entityYaml.put(t.id(), sb);
        List<String> facts = new ArrayList<>();
        entityFacts.put(t.id(), facts);
        String qi = "QUOTE" + (body.lastQuote());
        switch (t.type()) {
            case "Person" -> {
                Thing a = byId.get(t.represents());
                facts.add("{p: represents, o: " + a.id() + ", " + qi + "}");
                facts.add("{p: role, value: " + Yaml.pair(t.roleZh(), t.roleEn()) + ", " + qi + "}");
                ref(a);
            }
            case "Conference" -> {
                Thing h = byId.get(world.eventHost().get(t.id()));
                facts.add("{p: host, o: " + h.id() + ", " + qi + "}");
                ref(h);
                String date = intros.eventDate(t);
                int m = Integer.parseInt(date.substring(5, 7));
                int d = Integer.parseInt(date.substring(8));
                body.say("The " + t.en() + " opened on " + d + " " + Names.MONTHS[m - 1] + " " + date.substring(0, 4) + ".",
                        t.zh() + "于 " + date.substring(0, 4) + " 年 " + m + " 月 " + d + " 日开幕。");
                facts.add("{p: startDate, value: " + Yaml.q(date) + ", QUOTE" + (body.lastQuote()) + "}");
                String proc = world.eventProcess().get(t.id());
                if (proc != null) {
                    Thing p = byId.get(proc);
                    body.say("The " + t.en() + " formed part of the " + p.en() + ".", t.zh() + "是" + p.zh() + "的一部分。");
                    facts.add("{p: partOf, o: " + p.id() + ", QUOTE" + (body.lastQuote()) + "}");
                    ref(p);
                }
                int n = 20 + Math.floorMod(t.id().hashCode(), 150);
                body.say("Delegations from " + n + " states attended the " + t.en() + ".", "来自 " + n + " 个国家的代表团出席了" + t.zh() + "。");
                facts.add("{p: stateCount, value: " + n + ", QUOTE" + (body.lastQuote()) + "}");
            }
            case "Incident" -> {
                Thing target = byId.get(t.represents());
                facts.add("{p: target, o: " + target.id() + ", " + qi + "}");
                facts.add("{p: date, value: " + Yaml.q(Integer.toString(world.eventYear().get(t.id()))) + ", " + qi + "}");
                ref(target);
            }
            default -> {
                if (t.isInstrument()) {
                    Thing n = world.norms().get(Math.floorMod(t.id().hashCode(), world.norms().size()));
                    if (body.say("The " + t.en() + " affirms the principle of " + n.en() + ".", "《" + t.zh() + "》确认了“" + n.zh() + "”原则。") != null) {
                        facts.add("{p: articulates, o: " + n.id() + ", QUOTE" + (body.lastQuote()) + "}");
                        ref(n);
                    }
                }
            }
        }
    }

    private void filler(Thing topic, int year) {
        String[][] f = {
            {"The debate on " + topic.en() + " continued in " + (year - rng.nextInt(8)) + ".", "关于" + topic.zh() + "的讨论在 " + (year - rng.nextInt(8)) + " 年继续进行。"},
            {"Views on this question remain divided.", "各方在这一问题上仍存在分歧。"},
            {"Several delegations asked for further consultations.", "若干代表团要求进一步磋商。"},
            {"The text returns to this point below.", "下文将再次讨论这一点。"},
        };
        String[] s = f[rng.nextInt(f.length)];
        body.add(zh ? s[1] : s[0]);
    }

}
