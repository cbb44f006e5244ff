// The actors as a network: each actor a node on an ellipse (kinds told apart by shape and colour),
// the world's influence ties as thin lines, and the last round's proposals travelling from proposer
// to recipient, then staying as arrows coloured by the answer (accept, reject, counter). Seated
// students' names are above their actors; excluded actors are dashed. Hand-written SVG.
import { svg, number } from "./common.js";

const ANSWER_COLOURS = { accept: "#1b7f3b", reject: "#b3261e", counter: "#a15c00", undelivered: "#646c78", pending: "#1f5fbf" };
const KIND_COLOURS = { state: "#1f5fbf", organisation: "#6a3fb5", leader: "#00838f", analyst: "#5d4037" };
// Labels are drawn over a white outline, so a label crossing an edge or another label stays legible.
const HALO = { stroke: "#fff", "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" };

export class Network {
  constructor(target, caption) {
    this.target = target;
    this.caption = caption;
    this.nodes = new Map();
    this.excluded = new Set();
    this.seats = new Map();
    this.exchanges = [];
  }

  setScenario(scenario) {
    this.scenario = scenario;
    this.excluded.clear();
    this.exchanges = [];
    this.layout();
    this.draw();
  }

  /** The actors on an ellipse that fills the drawing as it is shown (wide on a projector, tall on a phone). */
  layout() {
    if (!this.scenario) return;
    const width = Math.max(240, this.target.clientWidth || 720);
    const height = Math.max(160, this.target.clientHeight || 250);
    this.target.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const places = evenlyOnEllipse(this.scenario.actors.length, width / 2, height / 2, width / 2 - 60, height / 2 - 30);
    this.centre = { x: width / 2, y: height / 2 };
    this.nodes.clear();
    this.scenario.actors.forEach((actor, i) => this.nodes.set(actor.id, { actor, ...places[i] }));
  }

  resize() {
    this.layout();
    this.draw();
  }

  setSeats(seats) {
    this.seats = new Map(seats.map((s) => [s.actor, s.student]));
    this.draw();
  }

  /** A completed round: who is excluded now, and its exchanges (each proposal with its answer), animated. */
  showRound(round) {
    for (const e of round.events) {
      const excluding = e.type === "exclude" || (e.type === "lever" && /sits at no forum/.test(e.reason || ""));
      const including = e.type === "include" || (e.type === "lever" && /may sit at forums again/.test(e.reason || ""));
      if (excluding) this.excluded.add(e.to);
      if (including) this.excluded.delete(e.to);
    }
    this.exchanges = exchangesOf(round.events);
    this.draw(true);
  }

  draw(animate = false) {
    if (!this.scenario) return;
    const parts = [];
    for (const tie of this.scenario.ties) {
      const a = this.nodes.get(tie.listener);
      const b = this.nodes.get(tie.speaker);
      if (a && b) parts.push(svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#d5dae1", "stroke-width": 1 }));
    }
    parts.push(svg("defs", {}, ...Object.entries(ANSWER_COLOURS).map(([name, colour]) =>
      svg("marker", { id: `arrow-${name}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
        svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })))));

    const travellers = [];
    const labels = [];
    this.exchanges.forEach((exchange, i) => {
      const from = this.nodes.get(exchange.from);
      const to = this.nodes.get(exchange.to);
      if (!from || !to) return;
      const answer = exchange.answer || "pending";
      const colour = ANSWER_COLOURS[answer];
      const curve = arc(from, to, this.centre, 16);
      const label = `${exchange.from} → ${exchange.to}: ${exchange.terms}; ${answer}`;
      parts.push(svg("path", {
        d: curve.d, fill: "none", stroke: colour, "stroke-width": 2.5, "marker-end": `url(#arrow-${answer})`, class: "exchange", "data-answer": answer,
      }, svg("title", {}, label)));
      const middle = clear(labels, curve.at(0.5));
      parts.push(svg("text", { x: middle.x, y: middle.y - 4, "font-size": 11, "text-anchor": "middle", fill: colour, class: "exchange-label", ...HALO }, answer));
      if (animate) travellers.push({ from, curve, colour, delay: i * 300 });
    });

    for (const { actor, x, y } of this.nodes.values()) {
      const excluded = this.excluded.has(actor.id);
      const student = this.seats.get(actor.id);
      const colour = KIND_COLOURS[actor.kind] || "#37474f";
      const shape = actor.kind === "leader"
        ? svg("circle", { cx: x, cy: y, r: 11 })
        : svg("rect", { x: x - 11, y: y - 11, width: 22, height: 22, rx: actor.kind === "organisation" ? 11 : 3 });
      shape.setAttribute("fill", excluded ? "#fff" : colour);
      shape.setAttribute("stroke", student ? "#ffbf47" : colour);
      shape.setAttribute("stroke-width", student ? 4 : 2);
      if (excluded) shape.setAttribute("stroke-dasharray", "3 2");
      parts.push(svg("g", { class: "actor", "data-actor": actor.id, "data-excluded": excluded || null },
        svg("title", {}, `${actor.name} (${actor.kind}${actor.memberOf ? `, ${actor.memberOf}` : ""})${excluded ? ", excluded" : ""}${student ? `, played by ${student}` : ""}`),
        shape,
        svg("text", { x, y: y + 24, "text-anchor": "middle", "font-size": 11, fill: "#1d2430", ...HALO }, actor.id.length > 14 ? `${actor.id.slice(0, 13)}…` : actor.id),
        student ? svg("text", { x, y: y - 15, "text-anchor": "middle", "font-size": 11, "font-weight": 700, fill: "#a15c00", ...HALO }, student) : null));
    }

    const travelling = travellers.map(({ from, colour }) => svg("circle", { cx: from.x, cy: from.y, r: 6, fill: colour, class: "traveller" }));
    this.target.replaceChildren(this.captionNode(), ...parts, ...travelling);
    travellers.forEach((t, i) => travel(travelling[i], t));
  }

  captionNode() {
    const count = this.exchanges.length;
    const answered = this.exchanges.map((e) => `${e.from} to ${e.to}: ${e.answer || "no answer yet"}`).join("; ");
    return svg("title", { id: this.caption.id }, `${this.scenario.actors.length} actors; ${count} proposals this round${count ? `: ${answered}` : ""}`);
  }
}

/** Each proposal of the round with the answer given to it (a proposal that was not delivered says so). */
function exchangesOf(events) {
  const exchanges = [];
  for (const e of events) {
    if (e.type === "proposal") {
      exchanges.push({ from: e.from, to: e.to, terms: (e.terms || []).map((t) => `${t.issue} ${number(t.position)}`).join(", "), answer: e.decision === "undelivered" ? "undelivered" : null });
    } else if (e.type === "answer") {
      const open = exchanges.find((x) => x.from === e.to && x.to === e.from && !x.answer);
      if (open) open.answer = e.decision;
      else exchanges.push({ from: e.to, to: e.from, terms: "a counter-offer from the last round", answer: e.decision });
    }
  }
  return exchanges;
}

/** `count` points spaced evenly along an ellipse (by length, not by angle, so its flat sides are not crowded), from the top, clockwise. */
function evenlyOnEllipse(count, cx, cy, rx, ry) {
  const steps = 720;
  const lengths = [0];
  let previous = [cx, cy - ry];
  for (let i = 1; i <= steps; i++) {
    const angle = (2 * Math.PI * i) / steps - Math.PI / 2;
    const point = [cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)];
    lengths.push(lengths[i - 1] + Math.hypot(point[0] - previous[0], point[1] - previous[1]));
    previous = point;
  }
  const total = lengths[steps];
  const places = [];
  let i = 0;
  for (let k = 0; k < count; k++) {
    const wanted = (total * k) / count;
    while (lengths[i] < wanted) i++;
    const angle = (2 * Math.PI * i) / steps - Math.PI / 2;
    places.push({ x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) });
  }
  return places;
}

// A proposal is an arc bowed towards the middle of the drawing: actors sit on an ellipse, so a straight
// arrow between two of them would run through the actors between them (and over their labels).
const BOW = 0.4;

/** The arc from one node to another, its ends `by` short of the nodes' centres, and its point at t (0–1). */
function arc(a, b, centre, by) {
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const control = { x: middle.x + (centre.x - middle.x) * BOW, y: middle.y + (centre.y - middle.y) * BOW };
  const start = towards(a, control, by);
  const end = towards(b, control, by);
  const at = (t) => ({
    x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
    y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y,
  });
  return { d: `M${start.x},${start.y} Q${control.x},${control.y} ${end.x},${end.y}`, at };
}

/** Where a label near `wanted` overlaps none of the labels already placed (it moves up a line at a time); the place is kept. */
function clear(placed, wanted) {
  const spot = { ...wanted };
  while (placed.some((p) => Math.abs(p.x - spot.x) < 48 && Math.abs(p.y - spot.y) < 12)) spot.y -= 12;
  placed.push(spot);
  return spot;
}

function towards(a, b, by) {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: a.x + ((b.x - a.x) / length) * by, y: a.y + ((b.y - a.y) / length) * by };
}

// A dot from proposer to recipient; those who ask for less motion see it arrive at once.
function travel(dot, { curve, delay }) {
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const duration = still ? 0 : 700;
  const start = performance.now() + (still ? 0 : delay);
  const step = (now) => {
    const t = Math.min(1, Math.max(0, (now - start) / (duration || 1)));
    const { x, y } = curve.at(t);
    dot.setAttribute("cx", x);
    dot.setAttribute("cy", y);
    if (t < 1) requestAnimationFrame(step);
    else dot.remove();
  };
  requestAnimationFrame(step);
}
