/* kg explorer: draws the vis-network from the JSON in <script id="kg-data"> (nodes, edges, options, meta).
 * Globals (as with pyvis): network, nodes, edges; plus kgSearch, kgFocus, kgSetLang,
 * kgSetFilter, kgResetFilters, kgShowNode, kgShowEdge, kgColorBy and window.kgReady.
 * Every text that comes from documents is inserted with textContent, never as HTML. */
var KG_DATA = JSON.parse(document.getElementById("kg-data").textContent);
var KG_NODES = KG_DATA.nodes, KG_EDGES = KG_DATA.edges, KG_OPTIONS = KG_DATA.options, KG_META = KG_DATA.meta;
var network, nodes, edges, nodesView, edgesView;
var kg = {
  lang: KG_META.lang, colorBy: KG_META.colorBy, ready: false, highlighted: [],
  filters: {groups: {}, predicates: {}, doc: "", from: "", to: ""},
  adjacency: {}, visible: {}, index: [], timings: {}, byId: {}, edgeById: {}
};

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim(); }
function both(zh, en, lang) {
  if (lang === "zh") return zh || en || "";
  if (lang === "en") return en || zh || "";
  return zh && en && zh !== en ? zh + "\n" + en : (zh || en || "");
}
function nodeLabel(n, lang) { return both(n.kg.zh, n.kg.en, lang || kg.lang); }
function oneLine(n) { return both(n.kg.zh, n.kg.en, kg.lang).replace("\n", " / "); }
function predLabel(p, lang) {
  var l = KG_META.predicates[p] || {en: p, zh: p};
  return both(l.zh, l.en, lang || kg.lang).replace("\n", " / ");
}
function edgeLabel(p, lang) { var l = KG_META.predicates[p] || {en: p, zh: p}; return both(l.zh, l.en, lang); }
function typeLabel(t) { var l = KG_META.types[t] || {en: t, zh: t}; return both(l.zh, l.en, kg.lang).replace("\n", " / "); }
function groupLabel(g) { var l = KG_META.groups[g]; return both(l.zh, l.en, kg.lang).replace("\n", " / "); }
var docsById = {};
KG_META.docs.forEach(function (d) { docsById[d.id] = d; });
function docTitle(id) { var d = docsById[id]; return d ? d.title : id; }

/* ---- tooltips: one DOM element each for nodes and edges, filled on hover with
 * textContent (vis never parses them as HTML, and 5,000 nodes need no 5,000 elements) ---- */
var nodeTipEl = el("div", null, "kg-tip"), edgeTipEl = el("div", null, "kg-tip");
function fillNodeTip(n) {
  var d = n.kg, box = nodeTipEl;
  box.textContent = "";
  box.appendChild(el("b", both(d.zh, d.en, "both").replace("\n", " / ")));
  box.appendChild(el("span", typeLabel(d.type) + (d.kind === "entity" ? " · " + d.mentions + " mentions" : "") +
                     (d.date ? " · " + d.date : "")));
  if (d.aliases.length) box.appendChild(el("div", d.aliases.map(function (a) { return a[0]; }).join(", ")));
}
function fillEdgeTip(e) {
  var box = edgeTipEl, ev = e.kg.evidence[0];
  box.textContent = "";
  box.appendChild(el("b", predLabel(e.kg.predicate, "both")));
  if (ev) box.appendChild(el("div", ev.sentence.length > 160 ? ev.sentence.slice(0, 160) + "…" : ev.sentence));
}

/* ---- filters ---- */
function inRange(date) {
  var f = kg.filters;
  if (f.from && date < f.from.slice(0, date.length)) return false;
  if (f.to && date > f.to.slice(0, date.length)) return false;
  return true;
}
function datesOk(own, docIds) {
  var f = kg.filters;
  if (!f.from && !f.to) return true;
  var dates = own ? [own] : docIds.map(function (id) { return (docsById[id] || {}).date; }).filter(Boolean);
  return !dates.length || dates.some(inRange);  // undated items stay visible
}
function nodeVisible(n) {
  var d = n.kg, f = kg.filters;
  return f.groups[d.group] !== false && (!f.doc || d.docs.indexOf(f.doc) >= 0) && datesOk(d.date, d.docs);
}
function edgeVisible(item) {
  var e = kg.edgeById[item.id], d = e.kg, f = kg.filters;
  return f.predicates[d.predicate] !== false && kg.visible[e.from] && kg.visible[e.to] &&
    (!f.doc || d.docs.indexOf(f.doc) >= 0) && datesOk(null, d.docs);
}
function keepPositions() {  // nodes leaving the view come back where they were
  var pos = network.getPositions();
  nodes.update(Object.keys(pos).map(function (id) { return {id: id, x: pos[id].x, y: pos[id].y}; }));
}
function applyFilters() {
  if (network) keepPositions();
  kg.visible = {};
  KG_NODES.forEach(function (n) { if (nodeVisible(n)) kg.visible[n.id] = true; });
  nodesView.refresh();
  edgesView.refresh();
  status();
}
function kgSetFilter(name, value) {
  if (name === "group" || name === "predicate") {
    var table = kg.filters[name + "s"];
    for (var k in value) table[k] = !!value[k];
    syncChecks();
  } else {
    kg.filters[name] = value || "";
    var input = {doc: "doc-filter", from: "date-from", to: "date-to"}[name];
    if (input) document.getElementById(input).value = value || "";
  }
  applyFilters();
}
function kgResetFilters() {
  kg.filters = {groups: {}, predicates: {}, doc: "", from: "", to: ""};
  ["doc-filter", "date-from", "date-to"].forEach(function (id) { document.getElementById(id).value = ""; });
  syncChecks();
  applyFilters();
}
function syncChecks() {
  document.querySelectorAll("#filters input[type=checkbox]").forEach(function (c) {
    c.checked = kg.filters[c.dataset.kind + "s"][c.value] !== false;
  });
}
function status() {
  document.getElementById("status").textContent =
    nodesView.length + " / " + nodes.length + " nodes · " + edgesView.length + " / " + edges.length + " edges";
}

/* ---- legend, relation list, documents ---- */
function check(kind, value, swatch, text, count) {
  var label = el("label"), box = el("input");
  box.type = "checkbox"; box.value = value; box.dataset.kind = kind;
  box.checked = kg.filters[kind + "s"][value] !== false;
  box.addEventListener("change", function () {
    var v = {}; v[value] = box.checked; kgSetFilter(kind, v);
  });
  label.appendChild(box);
  if (swatch) label.appendChild(swatch);
  label.appendChild(document.createTextNode(" " + text + " "));
  label.appendChild(el("span", "(" + count + ")", "count"));
  return label;
}
var GLYPH = {square: "■", hexagon: "⬢", dot: "●", triangle: "▲", star: "★", diamond: "◆"};
function buildSidebar() {
  var groups = {}, preds = {};
  KG_NODES.forEach(function (n) { groups[n.kg.group] = (groups[n.kg.group] || 0) + 1; });
  KG_EDGES.forEach(function (e) { preds[e.kg.predicate] = (preds[e.kg.predicate] || 0) + 1; });
  var legend = document.getElementById("legend");
  legend.textContent = "";
  Object.keys(KG_META.groups).forEach(function (g) {
    if (!groups[g]) return;
    var s = KG_META.groups[g], sw = el("span", GLYPH[s.shape] || "●", "swatch");
    sw.style.color = kg.colorBy === "type" ? s.color : "#7b8794";
    legend.appendChild(check("group", g, sw, groupLabel(g), groups[g]));
  });
  if (kg.colorBy === "community") legend.appendChild(el("div", "颜色 = 社区 Colour = community (" + KG_META.communities + ")", "count"));
  var rel = document.getElementById("relations");
  rel.textContent = "";
  Object.keys(preds).sort().forEach(function (p) { rel.appendChild(check("predicate", p, null, predLabel(p), preds[p])); });
}
function buildDocs() {
  var select = document.getElementById("doc-filter");
  KG_META.docs.forEach(function (d) {
    var o = el("option", (d.date ? d.date + " · " : "") + d.title);
    o.value = d.id;
    select.appendChild(o);
  });
}

/* ---- language and colours ---- */
function kgSetLang(lang, labelsAreSet) {
  if (["zh", "en", "both"].indexOf(lang) < 0) throw new Error("lang must be zh, en or both");
  kg.lang = lang;
  if (!labelsAreSet) {
    nodes.update(KG_NODES.map(function (n) { return {id: n.id, label: nodeLabel(n, lang)}; }));
    edges.update(KG_EDGES.map(function (e) { return {id: e.id, label: edgeLabel(e.kg.predicate, lang)}; }));
  }
  document.querySelectorAll("#lang button").forEach(function (b) {
    b.setAttribute("aria-checked", String(b.dataset.lang === lang));
  });
  buildSidebar();
  if (kg.shown) kg.shown();
}
function baseColor(n) {
  if (kg.colorBy === "community" && n.kg.community !== undefined)
    return KG_META.palette[n.kg.community % KG_META.palette.length];
  return KG_META.groups[n.kg.group].color;
}
function kgColorBy(mode) {
  kg.colorBy = mode;
  document.getElementById("color-by").value = mode;
  nodes.update(KG_NODES.map(function (n) { return {id: n.id, color: baseColor(n), borderWidth: 1}; }));
  kg.highlighted = [];
  buildSidebar();
}

/* ---- search and focus ---- */
function buildIndex() {
  kg.index = KG_NODES.map(function (n) {
    var keys = [n.kg.zh, n.kg.en, n.id].concat(n.kg.aliases.map(function (a) { return a[0]; }));
    return {id: n.id, keys: keys.filter(Boolean).map(norm), weight: n.kg.mentions + n.kg.degree};
  });
}
function kgSearch(query, noFocus) {
  var q = norm(query), hits = [];
  if (!q) return hits;
  kg.index.forEach(function (item) {
    var best = 0;
    item.keys.forEach(function (k) {
      var s = k === q ? 3 : k.indexOf(q) === 0 ? 2 : k.indexOf(q) > 0 ? 1 : 0;
      if (s > best) best = s;
    });
    if (best) hits.push({id: item.id, score: best, weight: item.weight});
  });
  hits.sort(function (a, b) { return b.score - a.score || b.weight - a.weight || (a.id < b.id ? -1 : 1); });
  var ids = hits.map(function (h) { return h.id; });
  showResults(ids.slice(0, 30), query);
  if (ids.length && !noFocus) kgFocus(ids[0]);
  return ids;
}
function showResults(ids, query) {
  var list = document.getElementById("results");
  list.textContent = "";
  if (!ids.length) { list.appendChild(el("li", "没有结果 No match: " + query, "count")); return; }
  ids.forEach(function (id) {
    var li = el("li"), b = el("button", oneLine(kg.byId[id]));
    b.type = "button";
    b.addEventListener("click", function () { kgFocus(id); });
    li.appendChild(b);
    list.appendChild(li);
  });
}
function highlight(ids) {
  var update = kg.highlighted.map(function (id) { return {id: id, color: baseColor(kg.byId[id]), borderWidth: 1}; });
  ids.forEach(function (id) {
    var c = baseColor(kg.byId[id]);
    update.push({id: id, borderWidth: 5, color: {background: c, border: "#d62728", highlight: {background: c, border: "#d62728"}}});
  });
  nodes.update(update);
  kg.highlighted = ids.slice();
}
function kgFocus(id) {
  if (!kg.byId[id]) return false;
  if (!kg.visible[id]) kgResetFilters();
  highlight([id]);
  kgShowNode(id);
  network.selectNodes([id]);
  network.focus(id, {scale: Math.max(network.getScale(), 1.1), animation: false});
  return true;
}

/* ---- details panel ---- */
function showDetails(show) {  // the panel narrows the canvas: resize it now, not on the next frame
  var box = document.getElementById("details");
  if (box.hidden !== !show) {
    box.hidden = !show;
    if (network && network.canvas && network.canvas.setSize()) network.redraw();
  }
  if (!show) kg.shown = null;
}
function panel() {
  var body = document.getElementById("details-body");
  body.textContent = "";
  showDetails(true);
  return body;
}
function nodeLink(id) {
  var n = kg.byId[id];
  if (!n) return el("span", id);
  var b = el("button", oneLine(n), "link");
  b.type = "button";
  b.addEventListener("click", function () { kgFocus(id); });
  return b;
}
function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
function evidenceItem(ev) {
  var li = el("li"), q = el("blockquote"), s = ev.sentence || "";
  var a = Math.max(0, (ev.start || 0) - (ev.sent_start || 0)), b = Math.min(s.length, (ev.end || 0) - (ev.sent_start || 0));
  if (b > a) {
    q.appendChild(document.createTextNode(s.slice(0, a)));
    q.appendChild(el("mark", s.slice(a, b)));
    q.appendChild(document.createTextNode(s.slice(b)));
  } else q.textContent = s;
  li.appendChild(q);
  var d = docsById[ev.doc_id] || {}, src = el("div", null, "src"), url = safeUrl(d.url);
  src.appendChild(document.createTextNode("— " + (d.date ? d.date + " · " : "")));
  if (url) {
    var link = el("a", docTitle(ev.doc_id));
    link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer";
    src.appendChild(link);
  } else src.appendChild(document.createTextNode(docTitle(ev.doc_id)));
  src.appendChild(document.createTextNode(" · " + ev.extractor + " · " + Number(ev.confidence).toFixed(2)));
  li.appendChild(src);
  return li;
}
function factBlock(e) {
  var box = el("div", null, "fact"), head = el("div", null, "head");
  head.appendChild(nodeLink(e.from));
  head.appendChild(document.createTextNode(" —" + predLabel(e.kg.predicate) + "→ "));
  head.appendChild(nodeLink(e.to));
  box.appendChild(head);
  var list = el("ul");
  e.kg.evidence.forEach(function (ev) { list.appendChild(evidenceItem(ev)); });
  box.appendChild(list);
  return box;
}
function section(body, title, items) {
  if (!items || !items.length) return;
  body.appendChild(el("h3", title));
  var ul = el("ul");
  items.forEach(function (t) { ul.appendChild(t instanceof Element ? t : el("li", t)); });
  body.appendChild(ul);
}
function kgShowNode(id) {
  var n = kg.byId[id];
  if (!n) return;
  var d = n.kg, body = panel();
  kg.shown = function () { kgShowNode(id); };
  body.appendChild(el("h2", both(d.zh, d.en, kg.lang).replace("\n", " / ")));
  body.appendChild(el("div", typeLabel(d.type) + " · " + id, "sub"));
  section(body, "标签 Labels", [d.zh && "中文: " + d.zh, d.en && "English: " + d.en].filter(Boolean));
  section(body, "别名 Aliases", d.aliases.map(function (a) { return a[0] + " (" + a[1] + ")"; }));
  if (d.kind === "event") {
    section(body, "日期 Date", d.date ? [d.date + (d.date_text ? " (" + d.date_text + ")" : "")] : []);
    section(body, "金额 Amounts", (d.amounts || []).map(function (a) { return a.text + " = " + a.value + " " + a.currency; }));
  } else section(body, "提及 Mentions", [String(d.mentions)]);
  section(body, "文档 Documents", d.docs.map(function (x) {
    var dd = docsById[x] || {}; return (dd.date ? dd.date + " · " : "") + docTitle(x);
  }));
  section(body, "同一 Same as", d.same_as || []);
  section(body, "合并 Merged from", (d.merged_from || []).map(function (m) {
    return m.text + " (" + m.lang + ", " + m.reason + ", " + m.score + ")";
  }));
  var facts = (kg.adjacency[id] || []).map(function (eid) { return kg.edgeById[eid]; });
  if (facts.length) {
    body.appendChild(el("h3", "事实 Facts (" + facts.length + ")"));
    facts.slice(0, 200).forEach(function (e) { body.appendChild(factBlock(e)); });
    if (facts.length > 200) body.appendChild(el("div", "… +" + (facts.length - 200), "count"));
  }
  if (d.evidence) section(body, "证据 Evidence", d.evidence.map(evidenceItem));
}
function kgShowEdge(id) {
  var e = kg.edgeById[id];
  if (!e) return;
  var body = panel();
  kg.shown = function () { kgShowEdge(id); };
  body.appendChild(el("h2", predLabel(e.kg.predicate)));
  body.appendChild(el("div", e.kg.predicate + (e.kg.confidence != null ? " · " + Number(e.kg.confidence).toFixed(2) : ""), "sub"));
  body.appendChild(factBlock(e));
}

/* ---- start ---- */
function markReady() {
  if (kg.ready) return;
  kg.ready = true;
  mark("ready");
  window.kgReadyAt = performance.now();
  window.kgReady = true;
  document.body.setAttribute("data-ready", "1");
}
function mark(name) { kg.timings[name] = Math.round(performance.now()); }
function visItem(x, tip) {  // vis gets display fields only: it deep-copies every item
  var c = {};
  for (var k in x) if (k !== "kg") c[k] = x[k];
  c.title = tip;
  return c;
}
function start() {
  mark("script");
  var visNodes = KG_NODES.map(function (n) {
    kg.byId[n.id] = n;
    kg.visible[n.id] = true;
    return visItem(n, nodeTipEl);
  });
  var visEdges = KG_EDGES.map(function (e) {
    kg.edgeById[e.id] = e;
    (kg.adjacency[e.from] = kg.adjacency[e.from] || []).push(e.id);
    if (e.to !== e.from) (kg.adjacency[e.to] = kg.adjacency[e.to] || []).push(e.id);
    return visItem(e, edgeTipEl);
  });
  mark("tooltips");
  nodes = new vis.DataSet(visNodes);
  edges = new vis.DataSet(visEdges);
  nodesView = new vis.DataView(nodes, {filter: function (n) { return !!kg.visible[n.id]; }});
  edgesView = new vis.DataView(edges, {filter: edgeVisible});
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: [], edges: []}, KG_OPTIONS);
  window.network = network;
  var physics = KG_OPTIONS.physics.enabled && KG_NODES.length > 0;
  if (physics) {  // stabilize (fast: limited iterations), then freeze
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else network.once("afterDrawing", markReady);
  mark("datasets");
  network.setData({nodes: nodesView, edges: edgesView});
  if (!physics) network.fit({animation: false});  // before the first frame is drawn
  mark("setData");
  network.on("hoverNode", function (p) { fillNodeTip(kg.byId[p.node]); });
  network.on("hoverEdge", function (p) { fillEdgeTip(kg.edgeById[p.edge]); });
  network.on("click", function (p) {
    if (p.nodes.length) kgShowNode(p.nodes[0]);
    else if (p.edges.length) kgShowEdge(p.edges[0]);
  });
  buildIndex();
  buildSidebar();
  buildDocs();
  kgSetLang(kg.lang, true);
  document.getElementById("color-by").value = kg.colorBy;
  if (!KG_META.communities) document.getElementById("color-by-label").hidden = true;
  status();
  mark("sidebar");
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    kgSearch(document.getElementById("search").value);
  });
  document.getElementById("search").addEventListener("input", function () {
    var q = this.value;
    if (q) kgSearch(q, true); else document.getElementById("results").textContent = "";
  });
  document.querySelectorAll("#lang button").forEach(function (b) {
    b.addEventListener("click", function () { kgSetLang(b.dataset.lang); });
  });
  document.getElementById("color-by").addEventListener("change", function () { kgColorBy(this.value); });
  document.getElementById("doc-filter").addEventListener("change", function () { kgSetFilter("doc", this.value); });
  document.getElementById("date-from").addEventListener("change", function () { kgSetFilter("from", this.value); });
  document.getElementById("date-to").addEventListener("change", function () { kgSetFilter("to", this.value); });
  document.getElementById("reset").addEventListener("click", kgResetFilters);
  document.getElementById("close-details").addEventListener("click", function () { showDetails(false); });
}
start();
