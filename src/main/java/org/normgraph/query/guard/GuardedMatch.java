package org.normgraph.query.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a regular expression over a literal so that the query's cancellation stops it and a
 * pattern that overflows the stack becomes a clear {@link QueryTooComplexException} instead of
 * a {@code StackOverflowError}.
 *
 * <pre>{@code boolean b = GuardedMatch.find(pattern, text, env);}</pre>
 */
final class GuardedMatch {
    private static final AtomicBoolean NEVER = new AtomicBoolean(false);

    private GuardedMatch() {}

    static Matcher matcher(Pattern pattern, String text, FunctionEnv env) {
        return pattern.matcher(new CancellableText(text, signal(env)));
    }

    static boolean find(Pattern pattern, String text, FunctionEnv env) {
        try {
            return matcher(pattern, text, env).find();
        } catch (StackOverflowError e) {
            throw tooDeep(pattern, text);
        }
    }

    static QueryTooComplexException tooDeep(Pattern pattern, String text) {
        return new QueryTooComplexException("The regular expression " + abbreviate(pattern.pattern())
                + " recurses too deeply on a text of " + text.length() + " characters. Use character classes instead"
                + " of repeated alternatives, e.g. [\\s\\S]* rather than (.|\\s)*.");
    }

    private static String abbreviate(String s) {
        return "\"" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "\"";
    }

    private static AtomicBoolean signal(FunctionEnv env) {
        Context cxt = env == null ? null : env.getContext();
        AtomicBoolean s = cxt == null ? null : Context.getCancelSignal(cxt);
        return s == null ? NEVER : s;
    }
}
