// The stance chart of one issue: every actor's position after every round so far, the issue's two
// ends named on the axis, agreements marked ◆ where they were made. Hand-written SVG.
import { svg, el, colourOf, number } from "./common.js";

const LEFT = 44;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 30;

/**
 * Draws the chart of `issue` into `target` (an <svg>) and names each line in `legend`.
 * `run` is { scenario, rounds: [{round, events, positions}], agreements: [{round, issue, actor, position}] }.
 */
export function drawChart(target, legend, caption, run, issue) {
  const scenario = run.scenario;
  // Drawn at the size it is shown, so text keeps its size on a projector and on a phone.
  const WIDTH = Math.max(240, target.clientWidth || 720);
  const HEIGHT = Math.max(110, target.clientHeight || 250);
  target.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  const lastRound = Math.max(1, scenario.rounds);
  const x = (round) => LEFT + (round / lastRound) * (WIDTH - LEFT - RIGHT);
  const y = (position) => TOP + (1 - position / 100) * (HEIGHT - TOP - BOTTOM);
  const parts = [];

  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(svg("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: y(tick), y2: y(tick), stroke: "#e3e6ea" }));
    parts.push(svg("text", { x: LEFT - 6, y: y(tick) + 4, "text-anchor": "end", "font-size": 11, fill: "#5b6472" }, String(tick)));
  }
  for (let round = 0; round <= lastRound; round++) {
    parts.push(svg("text", { x: x(round), y: HEIGHT - 12, "text-anchor": "middle", "font-size": 11, fill: "#5b6472" }, String(round)));
  }
  parts.push(svg("text", { x: WIDTH - RIGHT, y: HEIGHT - 1, "text-anchor": "end", "font-size": 10, fill: "#5b6472" }, "round"));
  const about = scenario.issues.find((i) => i.id === issue);

  const holders = [];
  scenario.stanceOrder.forEach(([actor, held], index) => {
    if (held === issue) holders.push({ actor, index });
  });
  const legendItems = [];
  holders.forEach(({ actor, index }, n) => {
    const colour = colourOf(n);
    const points = run.rounds.filter((r) => r.positions.length > index).map((r) => [x(r.round), y(r.positions[index])]);
    if (points.length === 0) return;
    const last = run.rounds[run.rounds.length - 1].positions[index];
    const line = svg("polyline", {
      points: points.map((p) => p.join(",")).join(" "),
      fill: "none", stroke: colour, "stroke-width": 2, "stroke-linejoin": "round", class: "stance-line", "data-actor": actor,
    }, svg("title", {}, `${actor}: ${number(last)} after round ${run.rounds[run.rounds.length - 1].round}`));
    parts.push(line);
    parts.push(svg("circle", { cx: points[points.length - 1][0], cy: points[points.length - 1][1], r: 2.5, fill: colour }));
    const span = el("span", { style: null }, actor);
    span.style.setProperty("--swatch", colour);
    legendItems.push(span);
  });

  for (const agreement of run.agreements.filter((a) => a.issue === issue)) {
    parts.push(svg("text", {
      x: x(agreement.round), y: y(agreement.position) + 5, "text-anchor": "middle", "font-size": 15, fill: "#1b7f3b", class: "agreement-mark",
    }, "◆", svg("title", {}, `round ${agreement.round}: ${agreement.actor} agreed ${issue} at ${number(agreement.position)}`)));
  }

  const title = svg("title", { id: caption.id }, `${about ? about.title : issue}: ${holders.length} actors over ${run.rounds.length ? run.rounds[run.rounds.length - 1].round : 0} rounds; 0 = ${about?.low ?? ""}, 100 = ${about?.high ?? ""}`);
  target.replaceChildren(title, ...parts);
  target.setAttribute("aria-labelledby", caption.id);
  legend.replaceChildren(...legendItems);
}
