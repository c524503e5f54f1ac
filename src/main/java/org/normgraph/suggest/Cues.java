package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that signal a stance, in Chinese and English, and the stance each one usually means
 * (docs/claims-format.md: 提出/propose → Proposes, 支持/support → Supports, 反对/oppose → Opposes,
 * 担心/concerns → HasReservations). English cues match in any inflection and across line breaks;
 * Chinese cues across PDF line breaks. A heuristic: the curator confirms the stance.
 *
 * <pre>{@code Cues.find("中国提出网络主权", 0, 8)  // [Cue(提出, Proposes, 2, 4)]}</pre>
 */
public final class Cues {
    /** A cue found in the text: the words as stored, the stance it suggests and its span. */
    public record Cue(String words, String stance, int start, int end, boolean strong) {}

    private record Rule(Pattern pattern, String stance, boolean strong) {}

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        zh("Opposes", true, "不接受", "不赞成", "不支持", "不同意", "不认同");
        zh("Proposes", true, "提出", "倡议", "倡导", "呼吁", "建议", "提交", "发起", "宣布");
        zh("Supports", true, "支持", "赞成", "认同", "拥护", "主张", "坚持", "致力于", "重申", "欢迎", "赞同", "同意", "认可", "签署", "批准");
        zh("Supports", false, "推动", "维护", "促进", "强调", "承认", "认为", "宣扬", "鼓吹", "希望", "表示", "大谈", "力图", "试图",
                "寻求", "声称", "应当", "有必要", "必须", "需要", "表明", "重视", "制定");
        zh("Opposes", true, "反对", "拒绝", "抵制", "谴责", "指责");
        zh("Opposes", false, "放弃");
        zh("HasReservations", true, "担心", "担忧", "质疑", "保留");
        en("Proposes", true, "propos(?:e|es|ed|ing)", "put(?:s|ting)? forward", "call(?:s|ed|ing)? (?:for|on|upon)",
                "urg(?:e|es|ed|ing)", "tabl(?:e|es|ed|ing)",
                "submit(?:s|ted|ting)?", "initiat(?:e|es|ed|ing)");
        en("Supports", true, "support(?:s|ed|ing)?", "endors(?:e|es|ed|ing)", "reaffirm(?:s|ed|ing)?", "affirm(?:s|ed|ing)?",
                "commit(?:s|ted|ting)? (?:to|ourselves|themselves|itself)", "welcom(?:e|es|ed|ing)", "advocat(?:e|es|ed|ing)", "uphold(?:s|ing)?", "upheld",
                "undertak(?:e|es|ing)", "ratif(?:y|ies|ied|ying)", "sign(?:s|ed)? (?:up to|on to)", "shall (?:adopt|take|establish|ensure|co-operate|cooperate|afford|provide)");
        en("Supports", false, "promot(?:e|es|ed|ing)", "back(?:s|ed|ing)?", "favou?r(?:s|ed|ing)?", "recogni[sz](?:e|es|ed|ing)",
                "encourag(?:e|es|ed|ing)", "contribut(?:e|es|ed|ing) to",
                "stress(?:es|ed|ing)?", "underlin(?:e|es|ed|ing)", "emphasi[sz](?:e|es|ed|ing)", "believ(?:e|es|ed|ing)", "agree(?:s|d|ing)?", "declar(?:e|es|ed|ing)",
                "convinced", "mindful", "conscious", "recall(?:s|ed|ing)?", "acknowledg(?:e|es|ed|ing)", "should", "must",
                "shall", "need(?:s)? to", "aim(?:s|ed)? (?:at|to)", "seek(?:s|ing)? to");
        en("Opposes", true, "oppos(?:e|es|ed|ing)", "reject(?:s|ed|ing)?", "condemn(?:s|ed|ing)?", "resist(?:s|ed|ing)?");
        en("HasReservations", true, "concerns? (?:about|over)", "reservations?", "doubts? (?:about|over)");
    }

    private Cues() {}

    private static void zh(String stance, boolean strong, String... words) {
        for (String w : words) {
            StringBuilder p = new StringBuilder();
            for (char c : w.toCharArray()) p.append(p.isEmpty() ? "" : "\\s*").append(Pattern.quote(String.valueOf(c)));
            RULES.add(new Rule(Pattern.compile(p.toString()), stance, strong));
        }
    }

    private static void en(String stance, boolean strong, String... patterns) {
        for (String w : patterns) {
            RULES.add(new Rule(Pattern.compile("\\b" + w.replace(" ", "\\s+") + "\\b", Pattern.CASE_INSENSITIVE), stance, strong));
        }
    }

    /** The cues in text[from, to), in text order; overlapping cues keep the first and longest. */
    public static List<Cue> find(String text, int from, int to) {
        List<Cue> all = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text).region(from, to);
            while (m.find()) all.add(new Cue(m.group().replaceAll("\\s+", " "), r.stance(), m.start(), m.end(), r.strong()));
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Cue> out = new ArrayList<>();
        for (Cue c : all) if (out.isEmpty() || c.start() >= out.getLast().end()) out.add(c);
        return out;
    }
}
