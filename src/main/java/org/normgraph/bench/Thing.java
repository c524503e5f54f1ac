package org.normgraph.bench;

import java.util.Objects;

/**
 * One entity of the synthetic benchmark world: its slug id, its ng: type, its English and Chinese
 * names, and for a person the actor it speaks for and its role.
 */
public record Thing(String id, String type, String en, String zh, String represents, String roleEn, String roleZh) {
    public Thing {
        Objects.requireNonNull(type);
        Objects.requireNonNull(en);
        Objects.requireNonNull(zh);
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) throw new IllegalArgumentException("not a slug: " + id);
    }

    public Thing(String id, String type, String en, String zh) {
        this(id, type, en, zh, null, null, null);
    }

    public boolean isActor() {
        return switch (type) {
            case "State", "InternationalOrganisation", "GovernmentBody", "Company", "CivilSocietyOrganisation", "ActorGroup" -> true;
            default -> false;
        };
    }

    public boolean isInstrument() {
        return switch (type) {
            case "Treaty", "Resolution", "Declaration", "Strategy", "Legislation", "Proposal" -> true;
            default -> false;
        };
    }

    /** A slug made of English words. */
    public static String slug(String en) {
        String s = java.text.Normalizer.normalize(en, java.text.Normalizer.Form.NFD).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
