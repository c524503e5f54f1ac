package org.normgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shared world the synthetic sources talk about: ~200 states (the real ones that texts name
 * most first), several hundred organisations (international organisations, each state's foreign
 * ministry and cyber agency, companies, civil society), people who speak for them, a few hundred
 * norms and instruments, and conferences. People, instruments and events grow with the number of
 * sources, as a real corpus's do. Lists are ordered by prominence: sources pick from their heads
 * more often (Zipf-like), so the part of the world the corpus has declared grows with its size.
 */
public record World(List<Thing> states, List<Thing> organisations, List<Thing> groups, List<Thing> people,
                    List<Thing> norms, List<Thing> instruments, List<Thing> processes, List<Thing> events, List<Thing> incidents,
                    java.util.Map<String, Integer> eventYear, java.util.Map<String, String> eventHost,
                    java.util.Map<String, String> eventProcess) {

    public static final int STATES = 200;

    public World {
        if (states.isEmpty() || norms.isEmpty() || events.isEmpty()) throw new IllegalArgumentException("an empty world");
    }

    /** The world for a corpus of {@code scale} sources, from a seeded random generator. */
    public static World build(long seed, int scale) {
        Random rng = new Random(seed);
        List<String> taken = new ArrayList<>();
        for (String[] s : Names.REAL_STATES) { taken.add(s[1]); taken.add(s[2]); }
        Names.Coiner coin = new Names.Coiner(rng, taken);

        List<Thing> states = new ArrayList<>();
        for (String[] s : Names.REAL_STATES) states.add(new Thing(s[0], "State", s[1], s[2]));
        while (states.size() < STATES) {
            String[] w = coin.state();
            states.add(new Thing(Thing.slug(w[0]), "State", w[0], w[1]));
        }

        List<Thing> orgs = new ArrayList<>();
        for (String[] s : Names.REAL_ORGS) orgs.add(new Thing(s[0], "InternationalOrganisation", s[1], s[2]));
        for (int i = 0; i < 40; i++) {
            String[] w = coin.plain();
            boolean forum = i % 2 == 0;
            String en = forum ? w[0] + " Regional Forum" : w[0] + " Digital Cooperation Council";
            String zh = forum ? w[1] + "地区论坛" : w[1] + "数字合作理事会";
            orgs.add(new Thing(Thing.slug(en), "InternationalOrganisation", en, zh));
        }
        for (Thing s : states) {
            orgs.add(new Thing(s.id() + "-mfa", "GovernmentBody", "Ministry of Foreign Affairs of " + s.en(), s.zh() + "外交部"));
            orgs.add(new Thing(s.id() + "-cyber-agency", "GovernmentBody", "National Cyber Agency of " + s.en(), s.zh() + "国家网络安全局"));
        }
        String[][] companyKinds = {{" Networks", "网络公司"}, {" Systems", "系统公司"}, {" Telecom", "电信公司"}, {" Cloud", "云计算公司"}};
        for (int i = 0; i < 120; i++) {
            String[] w = coin.plain();
            String[] k = companyKinds[i % companyKinds.length];
            orgs.add(new Thing(Thing.slug(w[0] + k[0]), "Company", w[0] + k[0], w[1] + k[1]));
        }
        String[][] csoKinds = {{" Institute for Digital Rights", "数字权利研究所"}, {" Internet Society", "互联网协会"}, {" Centre for Cyber Policy", "网络政策中心"}};
        for (int i = 0; i < 60; i++) {
            String[] w = coin.plain();
            String[] k = csoKinds[i % csoKinds.length];
            orgs.add(new Thing(Thing.slug(w[0] + k[0]), "CivilSocietyOrganisation", w[0] + k[0], w[1] + k[1]));
        }
        interleave(orgs, rng);

        List<Thing> groups = new ArrayList<>();
        for (String[] g : Names.GROUPS) groups.add(new Thing(g[0], "ActorGroup", g[1], g[2]));

        List<Thing> people = new ArrayList<>();
        int nPeople = 400 + 3 * scale;
        for (int i = 0; i < nPeople; i++) {
            String[] n = coin.person();
            Thing actor = rng.nextInt(4) == 0 ? orgs.get(zipf(rng, Math.min(orgs.size(), 60))) : states.get(zipf(rng, states.size()));
            String[] role = Names.ROLES[rng.nextInt(Names.ROLES.length)];
            people.add(new Thing(Thing.slug(n[0]), "Person", n[0], n[1], actor.id(), role[0], role[1]));
        }

        List<Thing> norms = new ArrayList<>();
        for (String[] q : Names.QUALIFIERS) {
            for (String[] c : Names.CONCEPTS) {
                String en = c[0] + q[0];
                norms.add(new Thing(Thing.slug(en), "Norm", en, q[1] + c[1]));
            }
        }

        List<Thing> instruments = new ArrayList<>();
        int nInstruments = 250 + scale;
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (instruments.size() < nInstruments) {
            int kind = rng.nextInt(6);
            int year = 1998 + rng.nextInt(28);
            Thing s = states.get(zipf(rng, states.size()));
            Thing o = orgs.get(zipf(rng, 54));
            Thing n = norms.get(rng.nextInt(Names.CONCEPTS.length));
            Thing t = switch (kind) {
                case 0 -> {
                    int session = year - 1945;
                    int number = 20 + rng.nextInt(280);
                    yield new Thing("unga-res-" + session + "-" + number, "Resolution", "UN General Assembly Resolution " + session + "/" + number,
                            "联合国大会第" + session + "/" + number + "号决议");
                }
                case 1 -> new Thing(Thing.slug(o.id() + " declaration " + n.id() + " " + year), "Declaration",
                        o.en() + " Declaration on " + cap(n.en()) + " (" + year + ")", o.zh() + "关于" + n.zh() + "的宣言（" + year + "年）");
                case 2 -> new Thing(Thing.slug(s.id() + " cybersecurity strategy " + year), "Strategy",
                        "National Cybersecurity Strategy of " + s.en() + " (" + year + ")", s.zh() + "国家网络安全战略（" + year + "年）");
                case 3 -> new Thing(Thing.slug(s.id() + " cybersecurity law " + year), "Legislation",
                        "Cybersecurity Law of " + s.en() + " (" + year + ")", s.zh() + "网络安全法（" + year + "年）");
                case 4 -> new Thing(Thing.slug("convention on " + n.id() + " " + year), "Treaty",
                        "Convention on " + cap(n.en()) + " (" + year + ")", "关于" + n.zh() + "的公约（" + year + "年）");
                default -> new Thing(Thing.slug("draft code of conduct " + s.id() + " " + year), "Proposal",
                        "Draft Code of Conduct on " + cap(n.en()) + " tabled by " + s.en() + " (" + year + ")",
                        s.zh() + "提交的关于" + n.zh() + "的行为准则草案（" + year + "年）");
            };
            if (ids.add(t.id())) instruments.add(t);
        }

        List<Thing> processes = List.of(
                new Thing("london-process", "Process", "London Process", "伦敦进程"),
                new Thing("oewg-process", "Process", "UN Open-ended Working Group process", "联合国开放式工作组进程"),
                new Thing("gge-process", "Process", "UN Group of Governmental Experts process", "联合国政府专家组进程"));
        List<Thing> events = new ArrayList<>();
        java.util.Map<String, Integer> year = new java.util.HashMap<>();
        java.util.Map<String, String> host = new java.util.HashMap<>();
        java.util.Map<String, String> process = new java.util.HashMap<>();
        addEvent(events, year, host, process, new Thing("london-conference", "Conference", "London Conference on Cyberspace", "伦敦网络空间会议"), 2011, "united-kingdom", "london-process");
        addEvent(events, year, host, process, new Thing("budapest-conference", "Conference", "Budapest Conference on Cyberspace", "布达佩斯网络空间会议"), 2012, "hungary", "london-process");
        addEvent(events, year, host, process, new Thing("seoul-conference", "Conference", "Seoul Conference on Cyberspace", "首尔网络空间会议"), 2013, "republic-of-korea", "london-process");
        addEvent(events, year, host, process, new Thing("hague-conference", "Conference", "Global Conference on Cyberspace in The Hague", "海牙全球网络空间会议"), 2015, "netherlands", "london-process");
        int nEvents = 80 + scale / 2;
        for (int i = 0; events.size() < nEvents; i++) {
            int y = 2004 + rng.nextInt(22);
            if (i % 3 == 0) {
                addEvent(events, year, host, process, new Thing("oewg-session-" + (i / 3 + 1), "Conference",
                        "Session " + (i / 3 + 1) + " of the Open-ended Working Group", "开放式工作组第" + (i / 3 + 1) + "次会议"), y, "united-nations", "oewg-process");
            } else if (i % 3 == 1) {
                addEvent(events, year, host, process, new Thing("gge-meeting-" + (i / 3 + 1), "Conference",
                        "Meeting " + (i / 3 + 1) + " of the Group of Governmental Experts", "政府专家组第" + (i / 3 + 1) + "次会议"), y, "united-nations", "gge-process");
            } else {
                Thing s = states.get(zipf(rng, states.size()));
                String id = Thing.slug(s.id() + " cyber dialogue " + y);
                if (year.containsKey(id)) continue;
                addEvent(events, year, host, process, new Thing(id, "Conference", y + " " + s.en() + " Cyber Dialogue", y + "年" + s.zh() + "网络对话会"), y, s.id(), null);
            }
        }
        List<Thing> incidents = new ArrayList<>();
        String[][] sectors = {{"power grid", "电网"}, {"election commission", "选举委员会"}, {"central bank", "中央银行"},
            {"health ministry", "卫生部"}, {"telecommunications operators", "电信运营商"}, {"foreign ministry", "外交部"}};
        int nIncidents = 60 + scale / 5;
        while (incidents.size() < nIncidents) {
            int y = 2007 + rng.nextInt(19);
            Thing s = states.get(zipf(rng, states.size()));
            String[] sector = sectors[rng.nextInt(sectors.length)];
            String en = y + " intrusion into the " + sector[0] + " of " + s.en();
            String id = Thing.slug(en);
            if (year.containsKey(id)) continue;
            incidents.add(new Thing(id, "Incident", en, y + "年" + s.zh() + sector[1] + "网络入侵事件", s.id(), null, null));
            year.put(id, y);
        }
        return new World(states, orgs, groups, people, norms, instruments, processes, events, incidents, year, host, process);
    }

    private static void addEvent(List<Thing> events, java.util.Map<String, Integer> year, java.util.Map<String, String> host,
                                 java.util.Map<String, String> process, Thing e, int y, String h, String p) {
        events.add(e);
        year.put(e.id(), y);
        host.put(e.id(), h);
        if (p != null) process.put(e.id(), p);
    }

    /** Real international organisations first, then the rest shuffled, so bodies of one state are not adjacent. */
    private static void interleave(List<Thing> orgs, Random rng) {
        List<Thing> rest = new ArrayList<>(orgs.subList(Names.REAL_ORGS.length, orgs.size()));
        java.util.Collections.shuffle(rest, rng);
        orgs.subList(Names.REAL_ORGS.length, orgs.size()).clear();
        orgs.addAll(rest);
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An index in [0, n), small ones more often (a Zipf-like law with exponent ~1). */
    static int zipf(Random rng, int n) {
        double u = rng.nextDouble();
        int i = (int) Math.floor(Math.exp(u * Math.log(n + 1.0))) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }

    /** Every thing of the world by id. */
    public java.util.Map<String, Thing> byId() {
        java.util.Map<String, Thing> m = new java.util.LinkedHashMap<>();
        for (List<Thing> l : List.of(states, organisations, groups, people, norms, instruments, processes, events, incidents)) {
            for (Thing t : l) m.put(t.id(), t);
        }
        return m;
    }
}
