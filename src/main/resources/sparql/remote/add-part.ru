# Records that the load ?load writes the graph ?graph (its logical name), before it is written.
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT { GRAPH <https://normgraph.org/graph/_versions> { ?load dcterms:hasPart ?graph } } WHERE {}
