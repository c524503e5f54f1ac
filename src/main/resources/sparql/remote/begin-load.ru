# Records a new load (?load, its ?id, the time ?at) before any of its graphs is written, so that a
# load that fails or is killed can be found and removed.
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT { GRAPH <https://normgraph.org/graph/_versions> { ?load dcterms:identifier ?id ; dcterms:created ?at } } WHERE {}
