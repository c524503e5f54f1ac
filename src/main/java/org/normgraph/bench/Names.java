package org.normgraph.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Names for the synthetic benchmark world: real states, organisations and norm concepts that
 * cyberspace-governance texts name most, and invented (but pronounceable, transliterated) names in
 * English and Chinese for the rest, so that ids and labels stay unique.
 */
final class Names {
    private Names() {}

    static final String[][] REAL_STATES = {
        {"china", "China", "中国"}, {"russia", "Russia", "俄罗斯"}, {"united-states", "United States", "美国"},
        {"united-kingdom", "United Kingdom", "英国"}, {"france", "France", "法国"}, {"germany", "Germany", "德国"},
        {"japan", "Japan", "日本"}, {"india", "India", "印度"}, {"brazil", "Brazil", "巴西"},
        {"south-africa", "South Africa", "南非"}, {"republic-of-korea", "Republic of Korea", "韩国"},
        {"australia", "Australia", "澳大利亚"}, {"canada", "Canada", "加拿大"}, {"netherlands", "Netherlands", "荷兰"},
        {"estonia", "Estonia", "爱沙尼亚"}, {"hungary", "Hungary", "匈牙利"}, {"israel", "Israel", "以色列"},
        {"iran", "Iran", "伊朗"}, {"egypt", "Egypt", "埃及"}, {"indonesia", "Indonesia", "印度尼西亚"},
        {"mexico", "Mexico", "墨西哥"}, {"kazakhstan", "Kazakhstan", "哈萨克斯坦"}, {"singapore", "Singapore", "新加坡"},
        {"switzerland", "Switzerland", "瑞士"}, {"cuba", "Cuba", "古巴"}, {"pakistan", "Pakistan", "巴基斯坦"},
        {"nigeria", "Nigeria", "尼日利亚"}, {"saudi-arabia", "Saudi Arabia", "沙特阿拉伯"}, {"turkey", "Turkey", "土耳其"},
        {"italy", "Italy", "意大利"},
    };

    static final String[][] REAL_ORGS = {
        {"united-nations", "United Nations", "联合国"}, {"itu", "International Telecommunication Union", "国际电信联盟"},
        {"european-union", "European Union", "欧盟"}, {"sco", "Shanghai Cooperation Organisation", "上海合作组织"},
        {"asean", "Association of Southeast Asian Nations", "东南亚国家联盟"}, {"african-union", "African Union", "非洲联盟"},
        {"oas", "Organization of American States", "美洲国家组织"},
        {"osce", "Organization for Security and Co-operation in Europe", "欧洲安全与合作组织"},
        {"nato", "North Atlantic Treaty Organization", "北大西洋公约组织"}, {"council-of-europe", "Council of Europe", "欧洲委员会"},
        {"g20", "Group of Twenty", "二十国集团"}, {"brics", "BRICS", "金砖国家"},
        {"oecd", "Organisation for Economic Co-operation and Development", "经济合作与发展组织"},
        {"unidir", "United Nations Institute for Disarmament Research", "联合国裁军研究所"},
    };

    static final String[][] GROUPS = {
        {"developing-countries", "developing countries", "发展中国家"}, {"western-countries", "Western countries", "西方国家"},
        {"like-minded-states", "like-minded states", "立场相近的国家"}, {"small-island-states", "small island developing states", "小岛屿发展中国家"},
        {"major-powers", "the major powers", "大国"}, {"non-aligned-states", "non-aligned states", "不结盟国家"},
    };

    static final String[][] CONCEPTS = {
        {"state sovereignty", "国家主权"}, {"non-interference in internal affairs", "不干涉内政"},
        {"peaceful settlement of disputes", "和平解决争端"}, {"protection of critical infrastructure", "关键基础设施保护"},
        {"freedom of expression online", "网络言论自由"}, {"multistakeholder governance", "多利益相关方治理"},
        {"multilateral governance", "多边治理"}, {"responsible state behaviour", "负责任国家行为"},
        {"applicability of international law", "国际法的适用"}, {"applicability of international humanitarian law", "国际人道法的适用"},
        {"due diligence", "尽职调查"}, {"capacity building", "能力建设"}, {"confidence-building measures", "建立信任措施"},
        {"cybercrime cooperation", "打击网络犯罪合作"}, {"data localisation", "数据本地化"}, {"free flow of data", "数据自由流动"},
        {"privacy protection", "隐私保护"}, {"supply chain security", "供应链安全"}, {"coordinated vulnerability disclosure", "协调漏洞披露"},
        {"non-proliferation of cyber weapons", "网络武器不扩散"}, {"protection of electoral processes", "选举进程保护"},
        {"attribution of cyber operations", "网络行动归因"}, {"lawful countermeasures", "合法反措施"},
        {"the right of self-defence", "自卫权"}, {"bridging the digital divide", "弥合数字鸿沟"},
        {"an open and interoperable internet", "开放互通的互联网"}, {"content regulation", "内容监管"},
        {"strong encryption", "强加密"}, {"the public core of the internet", "互联网公共核心"}, {"cyber hygiene", "网络卫生"},
        {"information security", "信息安全"}, {"technology neutrality", "技术中立"},
    };

    static final String[][] QUALIFIERS = {
        {"", ""}, {" in cyberspace", "网络空间中的"}, {" for developing countries", "发展中国家的"},
        {" in armed conflict", "武装冲突中的"}, {" in peacetime", "和平时期的"}, {" for the private sector", "私营部门的"},
        {" at the regional level", "区域层面的"}, {" under the UN Charter", "《联合国宪章》框架下的"},
        {" in emerging technologies", "新兴技术领域的"}, {" for artificial intelligence", "人工智能领域的"},
    };

    static final String[][] ROLES = {
        {"Minister of Foreign Affairs", "外交部长"}, {"Ambassador for Cyber Affairs", "网络事务大使"},
        {"Head of Delegation", "代表团团长"}, {"Special Envoy", "特使"}, {"Deputy Minister", "副部长"},
        {"Permanent Representative", "常驻代表"}, {"Secretary-General", "秘书长"}, {"Director of the Cyber Policy Department", "网络政策司司长"},
    };

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static final String[][] SYLLABLES = {
        {"ka", "卡"}, {"lo", "洛"}, {"ri", "里"}, {"ta", "塔"}, {"ma", "马"}, {"ne", "内"}, {"sa", "萨"}, {"do", "多"},
        {"va", "瓦"}, {"li", "利"}, {"ba", "巴"}, {"ru", "鲁"}, {"te", "特"}, {"mi", "米"}, {"na", "纳"}, {"go", "戈"},
        {"zi", "齐"}, {"po", "波"}, {"le", "勒"}, {"vi", "维"}, {"da", "达"}, {"ko", "科"}, {"ni", "尼"}, {"ra", "拉"},
        {"so", "索"}, {"be", "贝"}, {"fa", "法"}, {"hu", "胡"}, {"ja", "贾"}, {"ke", "克"}, {"mo", "莫"}, {"ti", "蒂"},
    };
    private static final String[][] STATE_ENDINGS = {{"ia", "亚"}, {"land", "兰"}, {"an", "安"}, {"stan", "斯坦"}, {"ora", "奥拉"}, {"ey", "伊"}};

    /** Coins names that are unique within one world. */
    static final class Coiner {
        private final Random rng;
        private final Set<String> used = new HashSet<>();

        Coiner(Random rng, List<String> taken) {
            this.rng = rng;
            used.addAll(taken);
        }

        /** An invented word in English and Chinese, never handed out before. */
        String[] word(int minSyl, int maxSyl, String[][] endings) {
            for (int attempt = 0; ; attempt++) {
                int n = minSyl + rng.nextInt(maxSyl - minSyl + 1) + attempt / 50;
                StringBuilder en = new StringBuilder();
                StringBuilder zh = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    String[] s = SYLLABLES[rng.nextInt(SYLLABLES.length)];
                    en.append(s[0]);
                    zh.append(s[1]);
                }
                if (endings != null) {
                    String[] e = endings[rng.nextInt(endings.length)];
                    en.append(e[0]);
                    zh.append(e[1]);
                }
                String w = Character.toUpperCase(en.charAt(0)) + en.substring(1);
                if (used.add(w) && used.add(zh.toString())) return new String[] {w, zh.toString()};
            }
        }

        String[] state() {
            return word(2, 3, STATE_ENDINGS);
        }

        String[] plain() {
            return word(2, 3, null);
        }

        /** A person's given and family name: "Kalo Beran", "卡洛·贝兰". */
        String[] person() {
            for (;;) {
                String[] given = syllables(2);
                String[] family = syllables(2 + rng.nextInt(2));
                String en = given[0] + " " + family[0];
                String zh = given[1] + "·" + family[1];
                if (used.add(en) && used.add(zh)) return new String[] {en, zh};
            }
        }

        private String[] syllables(int n) {
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String[] s = SYLLABLES[rng.nextInt(SYLLABLES.length)];
                en.append(s[0]);
                zh.append(s[1]);
            }
            return new String[] {Character.toUpperCase(en.charAt(0)) + en.substring(1), zh.toString()};
        }
    }
}
