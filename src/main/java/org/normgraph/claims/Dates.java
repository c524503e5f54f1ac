package org.normgraph.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Turns a date as curators write it into a typed literal: {@code 2011-11-01} is an
 * {@code xsd:date}, {@code 2011-11} an {@code xsd:gYearMonth}, {@code 2011} an {@code xsd:gYear}.
 * Anything else is not a date.
 *
 * <pre>{@code Dates.literal("2012-10")  // "2012-10"^^xsd:gYearMonth}</pre>
 */
public final class Dates {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Dates() {}

    /** The typed literal, or null if the text is not a valid date in one of the three forms. */
    public static Literal literal(String s) {
        if (s == null) return null;
        try {
            if (DAY.matcher(s).matches()) {
                LocalDate.parse(s);
                return ResourceFactory.createTypedLiteral(s, XSDDatatype.XSDdate);
            }
            if (MONTH.matcher(s).matches()) {
                YearMonth.parse(s);
                return ResourceFactory.createTypedLiteral(s, XSDDatatype.XSDgYearMonth);
            }
            if (YEAR.matcher(s).matches()) return ResourceFactory.createTypedLiteral(s, XSDDatatype.XSDgYear);
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
