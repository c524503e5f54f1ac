package org.normgraph.bench;

/** Small helpers to write claims YAML by hand: double-quoted scalars and {zh, en} pairs. */
final class Yaml {
    private Yaml() {}

    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static String pair(String zh, String en) {
        return "{zh: " + q(zh) + ", en: " + q(en) + "}";
    }
}
