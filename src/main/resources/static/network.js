// Draws the network view with Cytoscape.js from /network.json; clicking a node opens its page.
(function () {
  var box = document.getElementById('network');
  if (!box || typeof cytoscape !== 'function') return;
  var lang = box.getAttribute('data-lang') || 'en';
  var colours = { Supports: '#1b7a3a', Proposes: '#1f5fa8', Opposes: '#b3261e', HasReservations: '#b36b00',
                  aligned: '#1b7a3a', opposed: '#b3261e', mixed: '#888' };
  // Stance is never shown by colour alone: each edge also carries a letter and a line style.
  var letters = lang === 'zh'
      ? { Supports: '支', Proposes: '提', Opposes: '反', HasReservations: '保', aligned: '+', opposed: '−', mixed: '±' }
      : { Supports: 'S', Proposes: 'P', Opposes: 'O', HasReservations: 'R', aligned: '+', opposed: '−', mixed: '±' };
  var lines = { Supports: 'solid', Proposes: 'solid', Opposes: 'dashed', HasReservations: 'dotted',
                aligned: 'solid', opposed: 'dashed', mixed: 'dotted' };
  fetch(box.getAttribute('data-src')).then(function (r) { return r.json(); }).then(function (net) {
    var cy = cytoscape({
      container: box,
      elements: net.elements,
      style: [
        { selector: 'node', style: { 'label': 'data(label_' + lang + ')', 'font-size': 13, 'width': 16, 'height': 16,
            'background-color': '#1f3a5f', 'text-wrap': 'ellipsis', 'text-max-width': 110,
            'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
        { selector: 'node[kind = "topic"]', style: { 'shape': 'round-rectangle', 'background-color': '#c9a227', 'font-size': 11, 'color': '#5a4a10' } },
        { selector: 'edge', style: { 'width': 'mapData(weight, 0, 6, 1, 6)', 'curve-style': 'bezier', 'opacity': 0.75,
            'line-color': function (e) { return colours[e.data('relation')] || '#999'; },
            'target-arrow-color': function (e) { return colours[e.data('relation')] || '#999'; },
            'target-arrow-shape': net.mode === 'stances' ? 'triangle' : 'none',
            'line-style': function (e) { return lines[e.data('relation')] || 'solid'; },
            'label': function (e) { return (letters[e.data('relation')] || '') + (e.data('hedged') ? '?' : ''); }, 'font-size': 10, 'color': '#222',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 60000; },
                idealEdgeLength: function () { return 60; }, nodeOverlap: 30, gravity: 0.6, componentSpacing: 40, numIter: 2500, padding: 10 }
    });
    cy.fit(undefined, 10);
    window.addEventListener('resize', function () { cy.resize(); cy.fit(undefined, 10); });
    cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('href'); });
    // Full names as tooltips (labels on the canvas are shortened).
    cy.on('mouseover', 'node', function (evt) { box.setAttribute('title', evt.target.data('label_' + lang)); });
    cy.on('mouseout', 'node', function () { box.removeAttribute('title'); });
    document.querySelectorAll('[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'fit') cy.fit(undefined, 10);
        else cy.zoom({ level: cy.zoom() * (z === 'in' ? 1.25 : 0.8), renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
      });
    });
    // Keyboard: the drawing takes focus; arrow keys step through the nodes by name, Enter opens one.
    var order = cy.nodes().sort(function (a, b) {
      return String(a.data('label_' + lang)).localeCompare(String(b.data('label_' + lang)));
    });
    var current = -1;
    var status = document.getElementById('network-focus');
    box.setAttribute('tabindex', '0');
    box.addEventListener('keydown', function (ev) {
      if (order.length === 0) return;
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown' || ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        var step = (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') ? 1 : -1;
        current = (current + step + order.length) % order.length;
        cy.nodes().unselect();
        var node = order[current];
        node.select();
        cy.center(node);
        if (status) status.textContent = node.data('label_' + lang);
      } else if (ev.key === 'Enter' && current >= 0) {
        window.location.href = order[current].data('href');
      }
    });
    window.normgraphNetwork = cy; // for scripts and browser tests
    box.setAttribute('data-ready', String(cy.nodes().length));
  });
})();
