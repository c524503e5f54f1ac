# Removes the record of a load (?load) whose graphs have been dropped.
DELETE WHERE { GRAPH <https://normgraph.org/graph/_versions> { ?load ?p ?o } }
