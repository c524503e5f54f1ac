#!/bin/bash
# mkspec.sh small|big > spec
ID=https://normgraph.org/id/ ; NS=https://normgraph.org/ns#
if [ "$1" = small ]; then NORM=${ID}balance; EVENT=${ID}budapest-conference; SRC=${ID}source/huang-2013-london-process; EV=${ID}evidence/china-budapest-balance; POS=${ID}china-budapest-balance; PROC=${ID}london-process; INST=${ID}budapest-convention; PART=${ID}budapest-convention-art-1; PDOC=${ID}source/budapest-convention-2001; AT=6384
else NORM=${ID}state-sovereignty; EVENT=${ID}oewg-session-15; SRC=${ID}source/scholarly-paper-0-2022; EV=${ID}evidence/china-hasreservations-an-open-and-interoperable-internet-at-the-regional-level-s1; POS=${ID}china-hasreservations-an-open-and-interoperable-internet-at-the-regional-level-s1; PROC=${ID}gge-process; INST=${ID}budapest-convention; PART=${ID}budapest-convention-art-1; PDOC=${ID}source/budapest-convention-2001; AT=6384; fi
A=${ID}china
L=${REPO:-.}/queries; W=${REPO:-.}/src/main/resources/sparql/web
for f in $L/*.rq; do n=$(basename $f .rq); echo "q:$n $f"; done
echo "q:actors-by-stance-on-norm+b $L/actors-by-stance-on-norm.rq stance=${NS}Supports norm=$NORM"
echo "q:what-actor-said-at-event+b $L/what-actor-said-at-event.rq actor=$A event=$EVENT"
echo "q:what-each-source-says-about+b $L/what-each-source-says-about.rq subject=$NORM"
echo "q:which-actors-backed+actor $L/which-actors-backed-which-norms.rq actor=$A"
echo "q:which-actors-backed+norm $L/which-actors-backed-which-norms.rq norm=$NORM"
echo "q:which-actors-backed+kind $L/which-actors-backed-which-norms.rq sourceKind=${NS}NationalPolicy"
echo "q:positions-with-evidence+actor $L/positions-with-evidence.rq actor=$A"
echo "q:positions-with-evidence+src $L/positions-with-evidence.rq source=$SRC"
echo "q:own-texts-and-accounts+actor $L/own-texts-and-accounts.rq actor=$A"
echo "q:speakers-at-conferences+ev $L/speakers-at-conferences.rq event=$EVENT"
cat <<S
w:chart-actor-types $W/chart-actor-types.rq s=$NORM
w:chart-norms $W/chart-norms.rq s=$A
w:compare-actors $W/compare-actors.rq
w:curate-pickers $W/curate-pickers.rq
w:curate-types $W/curate-types.rq
w:describe $W/describe.rq s=$A
w:editor-start $W/editor-start.rq
w:entity-core $W/entity-core.rq s=$A
w:entity-evidence $W/entity-evidence.rq s=$A @limit=20
w:entity-expressions $W/entity-expressions.rq s=$INST
w:entity-facts $W/entity-facts.rq s=$A
w:entity-texts $W/entity-texts.rq s=$A
w:evidence-context $W/evidence-context.rq ev=$EV
w:evidence-source $W/evidence-source.rq ev=$EV
w:exists $W/exists.rq s=$A
w:home-counts $W/home-counts.rq
w:home-hosts $W/home-hosts.rq @values=conf:${ID}budapest-conference,${ID}london-conference,${ID}seoul-conference
w:home-process $W/home-process.rq process=$PROC
w:home-recent-sources $W/home-recent-sources.rq
w:home-sources $W/home-sources.rq @values=doc:$SRC,$PDOC
w:home-stats $W/home-stats.rq
w:list-positions-page $W/list-positions-page.rq @values=pos:$POS,${ID}china-budapest-cyber-sovereignty
w:list-actor $W/list.rq super=${NS}Actor
w:list-norm-q $W/list.rq super=${NS}Norm q="sovereign"
w:matrix $W/matrix.rq actorType=${NS}Actor
w:matrix-china $W/matrix.rq actorType=${NS}Actor @values=actor:$A,${ID}united-states
w:ontology-graph $W/ontology-graph.rq
w:ontology-header $W/ontology-header.rq
w:ontology-relations $W/ontology-relations.rq
w:ontology-terms $W/ontology-terms.rq
w:positions-involving $W/positions-involving.rq s=$A
w:positions-involving-norm $W/positions-involving.rq s=$NORM
w:question-options $W/question-options.rq
w:search-docs $W/search-docs.rq idBase="https://normgraph.org/id/"
w:search-entities $W/search-entities.rq idBase="https://normgraph.org/id/"
w:service-description $W/service-description.rq endpoint=http://localhost:3030/sparql
w:source-document $W/source-document.rq doc=$SRC
w:source-entities $W/source-entities.rq doc=$SRC
w:source-evidence $W/source-evidence.rq doc=$SRC
w:source-positions $W/source-positions.rq doc=$SRC
w:source-structure $W/source-structure.rq doc=$SRC
w:source-works $W/source-works.rq doc=$SRC
w:sources $W/sources.rq
w:stance-keys-actor $W/stance-keys.rq kind="actor"
w:stance-keys-super $W/stance-keys.rq kind="super"
w:stance-keys-date $W/stance-keys.rq kind="date"
w:stance-keys-sourceKind $W/stance-keys.rq kind="sourceKind"
w:stance-labels $W/stance-labels.rq @values=s:$A,$NORM,${NS}State
w:timeline-actors $W/timeline-actors.rq
w:timeline-index $W/timeline-index.rq
w:timeline-items $W/timeline-items.rq
w:timeline $W/timeline.rq @values=item:$EVENT,$POS
w:version $W/version.rq
w:void $W/void.rq document=http://localhost:3030/void dataset=http://localhost:3030/void#normgraph sparql=http://localhost:3030/sparql uriSpace="https://normgraph.org/id/"
w:e/cross-source-count $W/entity/cross-source-count.rq s=$A
w:e/cross-source-pairs $W/entity/cross-source-pairs.rq s=$A @limit=10
w:e/cross-source-rows $W/entity/cross-source-rows.rq s=$A @values=about:$NORM
w:e/evidence-count $W/entity/evidence-count.rq s=$A
w:e/facts-count $W/entity/facts-count.rq s=$A
w:e/facts-keys $W/entity/facts-keys.rq s=$A
w:e/own-facts $W/entity/own-facts.rq s=$A @values=p:${NS}memberOf
w:e/positions-count $W/entity/positions-count.rq s=$A
w:e/positions-detail $W/entity/positions-detail.rq pos=$POS ev=$EV
w:e/positions-keys $W/entity/positions-keys.rq s=$A
w:p/part-instrument $W/parts/part-instrument.rq s=$PART
w:p/part-paragraph-at $W/parts/part-paragraph-at.rq doc=$PDOC at="$AT"^^xsd:nonNegativeInteger
w:p/part-paragraphs $W/parts/part-paragraphs.rq doc=$PDOC at="$AT"^^xsd:nonNegativeInteger
w:p/parts-of $W/parts/parts-of.rq i=$INST
S
