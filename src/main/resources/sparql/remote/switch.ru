# Makes ?load the current load in place of the one current now: the one update that switches every
# reader to the new version. (A WHERE of OPTIONAL, to cover a store without a current load, is not
# used: Virtuoso 7.2 then inserts nothing; the first load uses first-load.ru.)
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { GRAPH <https://normgraph.org/graph/_versions> { <https://normgraph.org/graph/_versions> dcterms:hasVersion ?old } }
INSERT { GRAPH <https://normgraph.org/graph/_versions> { <https://normgraph.org/graph/_versions> dcterms:hasVersion ?load } }
WHERE { GRAPH <https://normgraph.org/graph/_versions> { <https://normgraph.org/graph/_versions> dcterms:hasVersion ?old } }
