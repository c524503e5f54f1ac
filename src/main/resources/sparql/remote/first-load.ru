# Makes ?load the current load of a store that has none yet.
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT { GRAPH <https://normgraph.org/graph/_versions> { <https://normgraph.org/graph/_versions> dcterms:hasVersion ?load } } WHERE {}
