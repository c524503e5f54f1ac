package org.normgraph.web;

/**
 * An error a user caused (unknown id, bad parameter, …): the status to answer and an i18n key
 * (with arguments) for the message. Rendered as an HTML page, or as JSON under {@code /api}.
 *
 * <pre>{@code throw new HttpProblem(404, "error.unknownEntity", slug);}</pre>
 */
public final class HttpProblem extends RuntimeException {
    private final int status;
    private final String key;
    private final Object[] args;

    public HttpProblem(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public int status() { return status; }

    public String key() { return key; }

    public Object[] args() { return args.clone(); }
}
