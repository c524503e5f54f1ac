package org.normgraph.web.network;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.normgraph.web.Messages;
import org.normgraph.web.csv.CsvTable;

/**
 * Writes a {@link Network} for Gephi and other tools: GEXF 1.2 (the version Gephi exports), GraphML and a CSV edge list,
 * each carrying the dataset version (GEXF meta, GraphML graph data, CSV comment line).
 *
 * <pre>{@code String gexf = NetworkFormats.gexf(network, "normgraph, dataset version …");}</pre>
 */
final class NetworkFormats {
    private static final String GEXF = "http://www.gexf.net/1.2draft";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private NetworkFormats() {}

    static String gexf(Network n, String citation) {
        return xml(w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", GEXF + " http://www.gexf.net/1.2draft/gexf.xsd");
            w.writeAttribute("version", "1.2");
            w.writeStartElement("meta");
            text(w, "creator", "normgraph");
            text(w, "description", citation);
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", n.mode().equals("stances") ? "directed" : "undirected");
            w.writeAttribute("mode", "static");
            attributes(w, "node", "kind", "type", "label_zh", "path");
            attributes(w, "edge", "relation", "shared", "opposed");
            w.writeStartElement("nodes");
            for (Network.Node node : n.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", node.id());
                w.writeAttribute("label", node.labelEn());
                attvalues(w, node.kind(), node.type(), node.labelZh(), node.path());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            for (Network.Edge e : n.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.relation());
                w.writeAttribute("weight", Integer.toString(Math.max(1, e.weight())));
                attvalues(w, e.relation(), Integer.toString(e.shared()), Integer.toString(e.opposed()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static String graphml(Network n, String citation) {
        return xml(w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            String[][] keys = {{"d0", "graph", "source", "string"}, {"d1", "node", "label", "string"}, {"d2", "node", "label_zh", "string"},
                    {"d3", "node", "kind", "string"}, {"d4", "node", "type", "string"}, {"d5", "edge", "relation", "string"},
                    {"d6", "edge", "weight", "int"}, {"d7", "edge", "shared", "int"}, {"d8", "edge", "opposed", "int"}};
            for (String[] k : keys) {
                w.writeEmptyElement("key");
                w.writeAttribute("id", k[0]);
                w.writeAttribute("for", k[1]);
                w.writeAttribute("attr.name", k[2]);
                w.writeAttribute("attr.type", k[3]);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", n.mode());
            w.writeAttribute("edgedefault", n.mode().equals("stances") ? "directed" : "undirected");
            data(w, "d0", citation);
            for (Network.Node node : n.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", node.id());
                data(w, "d1", node.labelEn());
                data(w, "d2", node.labelZh());
                data(w, "d3", node.kind());
                data(w, "d4", node.type());
                w.writeEndElement();
            }
            for (Network.Edge e : n.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "d5", e.relation());
                data(w, "d6", Integer.toString(e.weight()));
                data(w, "d7", Integer.toString(e.shared()));
                data(w, "d8", Integer.toString(e.opposed()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** The edge list with ids and labels of both ends, the relation in words, in the page's language. */
    static CsvTable csv(Network n, String lang, Messages messages) {
        CsvTable t = new CsvTable(java.util.stream.Stream.of("sourceId", "source", "targetId", "target", "relation", "weight", "shared", "opposed", "hedged")
                .map(c -> messages.text(lang, "csv.network." + c)).toList());
        java.util.Map<String, Network.Node> byId = new java.util.HashMap<>();
        n.nodes().forEach(x -> byId.put(x.id(), x));
        for (Network.Edge e : n.edges()) {
            String relation = e.relation();
            String words = messages.text(lang, (Character.isUpperCase(relation.charAt(0)) ? "csv.stance." : "csv.relation.") + relation);
            t.row(java.util.List.of(e.source(), label(byId.get(e.source()), lang), e.target(), label(byId.get(e.target()), lang), words,
                    Integer.toString(e.weight()), Integer.toString(e.shared()), Integer.toString(e.opposed()),
                    e.hedged() ? messages.text(lang, "csv.yes") : ""));
        }
        return t;
    }

    private static String label(Network.Node node, String lang) {
        return lang.equals("zh") ? node.labelZh() : node.labelEn();
    }

    private static String q(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    private interface Body { void write(XMLStreamWriter w) throws XMLStreamException; }

    private static String xml(Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String cls, String... titles) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < titles.length; i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", Integer.toString(i));
            w.writeAttribute("title", titles[i]);
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, String... values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", Integer.toString(i));
            w.writeAttribute("value", values[i] == null ? "" : values[i]);
        }
        w.writeEndElement();
    }
}
