package org.normgraph.bench;

import java.util.Map;

/**
 * The sentences a synthetic source introduces a thing with (the quote its declaration cites), in
 * English and Chinese, and the dates of the generated events (the four London Process conferences
 * keep their real opening dates).
 *
 * <pre>{@code String[] enZh = new Introductions(world, byId).of(china);
 * // {"China has taken part in the international debate on cyberspace.", "中国参与了网络空间国际讨论。"}}</pre>
 */
final class Introductions {
    private static final Map<String, String> REAL_DATES = Map.of("london-conference", "2011-11-01",
            "budapest-conference", "2012-10-04", "seoul-conference", "2013-10-17", "hague-conference", "2015-04-16");

    private final World world;
    private final Map<String, Thing> byId;

    Introductions(World world, Map<String, Thing> byId) {
        this.world = world;
        this.byId = byId;
    }

    /** The event's opening date (yyyy-mm-dd): its real date, else one derived from its id in its year. */
    String eventDate(Thing e) {
        String real = REAL_DATES.get(e.id());
        if (real != null) return real;
        int h = Math.floorMod(e.id().hashCode(), 12 * 28);
        return world.eventYear().get(e.id()) + "-" + two(1 + h / 28) + "-" + two(1 + h % 28);
    }

    /** The English and Chinese sentences that introduce the thing. */
    String[] of(Thing t) {
        return switch (t.type()) {
            case "State" -> new String[] {t.en() + " has taken part in the international debate on cyberspace.", t.zh() + "参与了网络空间国际讨论。"};
            case "InternationalOrganisation" -> new String[] {"The " + t.en() + " has addressed cyberspace issues in its work.", t.zh() + "在其工作中讨论了网络空间问题。"};
            case "GovernmentBody" -> new String[] {"The " + t.en() + " is responsible for the country's cyber diplomacy.", t.zh() + "负责该国的网络外交。"};
            case "Company" -> new String[] {t.en() + " is a provider of network infrastructure.", t.zh() + "是一家网络基础设施提供商。"};
            case "CivilSocietyOrganisation" -> new String[] {"The " + t.en() + " follows the negotiations closely.", t.zh() + "密切关注相关谈判。"};
            case "ActorGroup" -> new String[] {"The views of " + t.en() + " are often cited in these debates.", t.zh() + "的立场在这些讨论中经常被提及。"};
            case "Person" -> new String[] {t.en() + " serves as " + t.roleEn() + " of " + byId.get(t.represents()).en() + ".",
                    t.zh() + "担任" + byId.get(t.represents()).zh() + t.roleZh() + "。"};
            case "Norm" -> new String[] {"The principle of " + t.en() + " is frequently discussed.", "“" + t.zh() + "”原则经常被讨论。"};
            case "Conference" -> new String[] {"The " + t.en() + " was hosted by " + byId.get(world.eventHost().get(t.id())).en() + ".",
                    t.zh() + "由" + byId.get(world.eventHost().get(t.id())).zh() + "主办。"};
            case "Incident" -> new String[] {"The " + t.en() + " was widely reported.", t.zh() + "被广泛报道。"};
            case "Process" -> new String[] {"The " + t.en() + " brought states together over several years.", t.zh() + "历时数年，汇聚了各国。"};
            default -> new String[] {"The " + t.en() + " is one of the instruments this text discusses.", "《" + t.zh() + "》是本文讨论的文书之一。"};
        };
    }

    /** A month or day on two digits. */
    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
