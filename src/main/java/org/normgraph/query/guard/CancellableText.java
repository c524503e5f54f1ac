package org.normgraph.query.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through, which stops the match once the query it
 * belongs to has been cancelled (by its timeout or by the client). Java's backtracking matcher
 * reads its input one character at a time and never looks at a flag of its own, so the check
 * sits here: every few thousand characters read, the query's cancel signal is looked at.
 *
 * <pre>{@code Pattern.compile("^(([^Z]*)*)*Z").matcher(new CancellableText(text, signal)).find();}</pre>
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final int offset;
    private final int length;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this(text, 0, text.length(), cancelled);
    }

    private CancellableText(String text, int offset, int length, AtomicBoolean cancelled) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) throw new QueryCancelledException();
        }
        return text.charAt(offset + index);
    }

    @Override
    public int length() { return length; }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text, offset + start, end - start, cancelled);
    }

    @Override
    public String toString() { return text.substring(offset, offset + length); }
}
