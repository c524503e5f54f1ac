# Records one of the load ?load's namespace prefixes (?prefix, ?namespace), which exports and the
# SPARQL endpoint's answers use, as the embedded store keeps them with its data.
PREFIX sh: <http://www.w3.org/ns/shacl#>
INSERT { GRAPH <https://normgraph.org/graph/_versions> { ?load sh:declare [ sh:prefix ?prefix ; sh:namespace ?namespace ] } } WHERE {}
