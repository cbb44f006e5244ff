// The teacher's page: open a room, pick or upload a scenario, Setup / Step / Go / Pause / Reset,
// the speed and the answer timer, levers, and the run as it happens: stance charts, the network,
// the feed, who sits where. Everything arrives over the room's WebSocket.
import { el, say, show, openRoom, feedItem, markdown, tabs, number } from "./common.js";
import { drawChart } from "./charts.js";
import { Network } from "./network.js";

const $ = (id) => document.getElementById(id);
const STORE = "diplomacy-teacher-room";
const FEED_LIMIT = 500;

const run = { scenario: null, rounds: [], agreements: [], issue: null, status: "empty" };
let room = null;
let connection = null;
let infoLoaded = null;
const network = new Network($("network"), $("network-caption"));

start();

async function start() {
  await loadScenarios();
  room = JSON.parse(sessionStorage.getItem(STORE) || "null") || await openNewRoom();
  if (!room) return;
  showRoom(room);
  connection = openRoom(`/ws/rooms/${room.code}?role=teacher&key=${encodeURIComponent(room.key)}`, receive, async (state) => {
    if (state === "refused") {
      // The server no longer knows this room (it restarted, or the room was closed): open another.
      sessionStorage.removeItem(STORE);
      location.reload();
    } else if (state === "closed") {
      $("status").textContent = "Connection lost; reconnecting…";
    }
  });
  wireControls();
}

async function loadScenarios() {
  const response = await fetch("/api/scenarios");
  const scenarios = await response.json();
  const select = $("scenario");
  select.replaceChildren(...scenarios.map((s) => el("option", { value: s.name, title: `${s.rounds} rounds: ${s.description}` }, s.name)));
  const preferred = scenarios.find((s) => s.name === "talks-as-announced");
  if (preferred) select.value = preferred.name;
}

async function openNewRoom() {
  const response = await fetch("/api/rooms", { method: "POST" });
  const body = await response.json();
  if (!response.ok) {
    say($("messages"), "error", body.error || "the server could not open a room");
    return null;
  }
  sessionStorage.setItem(STORE, JSON.stringify(body));
  return body;
}

function showRoom(openRoomInfo) {
  $("room-code").textContent = openRoomInfo.code;
  $("student-address").textContent = `${location.host}/student`;
  for (const [id, file] of [["download-trace", "trace.jsonl"], ["download-stances", "stances.csv"], ["download-report", "report.html"], ["download-zip", "run.zip"]]) {
    $(id).href = `/api/rooms/${openRoomInfo.code}/files/${file}?key=${encodeURIComponent(openRoomInfo.key)}`;
  }
}

function send(message) {
  connection.send(message);
}

function wireControls() {
  $("setup").addEventListener("click", () => send({ type: "setup", scenario: $("scenario").value }));
  $("step").addEventListener("click", () => send({ type: "step" }));
  $("go").addEventListener("click", () => send({ type: "go" }));
  $("pause").addEventListener("click", () => send({ type: "pause" }));
  $("reset").addEventListener("click", () => send({ type: "reset" }));
  $("speed").addEventListener("input", () => { $("speed-value").textContent = `${number($("speed").value / 1000)} s`; });
  $("speed").addEventListener("change", () => send({ type: "speed", ms: Number($("speed").value) }));
  $("timer").addEventListener("change", () => send({ type: "timer", seconds: Number($("timer").value) }));
  $("upload").addEventListener("change", upload);
  for (const id of ["lever-actor", "lever-kind", "lever-issue"]) $(id).addEventListener("change", fitLever);
  $("lever-value").addEventListener("input", () => { $("lever-value-shown").textContent = $("lever-value").value; });
  $("lever-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const kind = $("lever-kind").value;
    const seating = kind === "exclude" || kind === "include";
    send({ type: "lever", lever: kind, actor: $("lever-actor").value, issue: seating ? undefined : $("lever-issue").value, value: seating ? undefined : Number($("lever-value").value) });
  });
  $("show-influence").addEventListener("change", () => $("feed").classList.toggle("with-influence", $("show-influence").checked));
  $("issue").addEventListener("change", () => { run.issue = $("issue").value; redraw(); });
  tabs([$("tab-run"), $("tab-info")], (tab) => { if (tab.id === "tab-info") loadInfo(); else { redraw(); network.resize(); } });
  new ResizeObserver(() => { redraw(); network.resize(); }).observe($("view-run"));
}

async function upload() {
  const file = $("upload").files[0];
  if (!file) return;
  const response = await fetch(`/api/rooms/${room.code}/scenario?name=${encodeURIComponent(file.name)}`, {
    method: "POST", headers: { "X-Teacher-Key": room.key, "Content-Type": "application/yaml" }, body: await file.arrayBuffer(),
  });
  const body = await response.json();
  if (response.ok) {
    say($("messages"), "notice", `Uploaded ${file.name}: scenario '${body.name}' is set up.`);
  } else {
    const errors = body.errors || [body.error];
    show($("messages"), el("div", { class: "error", role: "alert" },
      el("p", {}, `${file.name} was not set up:`), el("ul", {}, ...errors.map((e) => el("li", {}, el("code", {}, e))))), 30000);
  }
  $("upload").value = "";
}

function receive(message) {
  switch (message.type) {
    case "welcome":
      if (message.scenario) setScenario(message.scenario);
      for (const round of message.rounds) addRound(round, false);
      addEvents(message.closing);
      if (message.seats) showSeats(message.seats);
      showStatus(message.status);
      redraw();
      break;
    case "setup":
      setScenario(message.scenario);
      say($("messages"), "notice", `Set up '${message.scenario.name}' from its seeds.`);
      break;
    case "round":
      addRound(message, true);
      redraw();
      showStatus(message.status);
      break;
    case "events":
      addEvents(message.events);
      break;
    case "status":
      showStatus(message);
      break;
    case "seats":
      showSeats(message);
      break;
    case "notice":
      say($("messages"), "notice", message.text);
      break;
    case "error":
      say($("messages"), "error", message.text);
      break;
  }
}

function setScenario(scenario) {
  run.scenario = scenario;
  run.rounds = [];
  run.agreements = [];
  run.issue = scenario.issues[0]?.id ?? null;
  $("feed").replaceChildren();
  $("issue").replaceChildren(...scenario.issues.map((issue) => el("option", { value: issue.id }, issue.title)));
  $("lever-actor").replaceChildren(...scenario.actors.map((a) => el("option", { value: a.id }, a.name)));
  $("lever-issue").replaceChildren(...scenario.issues.map((i) => el("option", { value: i.id }, i.title)));
  if (!scenario.uploaded) $("scenario").value = scenario.name;
  network.setScenario(scenario);
  fitLever();
  infoLoaded = null;
  if ($("tab-info").getAttribute("aria-selected") === "true") loadInfo();
  redraw();
}

function addRound(round, animate) {
  run.rounds.push(round);
  for (const e of round.events) {
    if (e.type === "agreement") run.agreements.push({ round: e.round, issue: e.issue, actor: e.from, position: e.after });
  }
  const feed = $("feed");
  // Newest first: the round's events, then its heading above them.
  for (const e of round.events) feed.prepend(feedItem(e));
  feed.prepend(el("li", { class: "round-mark" }, round.round === 0 ? "Seeds: where everyone starts" : `Round ${round.round}`));
  while (feed.children.length > FEED_LIMIT) feed.lastElementChild.remove();
  if (animate || round === run.rounds[run.rounds.length - 1]) network.showRound(round);
  // The slider follows the actor's position, unless the teacher is using the lever form.
  if (!$("lever-form").contains(document.activeElement)) fitLever();
}

function addEvents(events) {
  for (const e of events) $("feed").prepend(feedItem(e));
}

function redraw() {
  if (!run.scenario) return;
  $("issue").value = run.issue;
  const issue = run.scenario.issues.find((i) => i.id === run.issue);
  $("scale").textContent = issue ? `0 = ${issue.low}; 100 = ${issue.high}. ◆ marks an agreement.` : "";
  drawChart($("chart"), $("legend"), $("chart-caption"), run, run.issue);
}

function showStatus(status) {
  run.status = status.status;
  const words = {
    empty: "Pick a scenario and press Setup",
    paused: status.round <= 0 ? "Ready: press Step or Go" : `Paused after round ${status.round} of ${status.rounds}`,
    going: `Going: round ${Math.max(0, status.round)} of ${status.rounds}`,
    finished: `Finished after round ${status.round}${status.stoppedBy ? `: ${status.stoppedBy}` : ""}`,
    failed: `Stopped: ${status.failure || "the run failed"}`,
  };
  $("status").textContent = words[status.status] || status.status;
  $("status").dataset.status = status.status;
  const has = status.status !== "empty";
  const live = status.status === "paused" || status.status === "going";
  $("step").disabled = status.status !== "paused";
  $("go").disabled = status.status !== "paused";
  $("pause").disabled = status.status !== "going";
  $("reset").disabled = !has;
  $("lever-apply").disabled = !live;
  for (const id of ["download-trace", "download-stances", "download-report", "download-zip"]) $(id).toggleAttribute("aria-disabled", !has);
  $("speed").value = status.speedMs;
  $("speed-value").textContent = `${number(status.speedMs / 1000)} s`;
}

function showSeats(seats) {
  $("timer").value = seats.answerSeconds;
  const deciding = new Map(seats.questions.map((q) => [q.actor, q]));
  const items = seats.seats.map((s) => {
    const question = deciding.get(s.actor);
    return el("li", {}, el("span", {}, `${s.actor}: ${s.student}`),
      question ? el("span", { class: "deciding" }, `answering ${question.from} (${question.secondsLeft} s)`) : el("span", {}, "seated"));
  });
  $("seats").replaceChildren(...(items.length ? items : [el("li", {}, "Nobody has taken a seat yet.")]));
  network.setSeats(seats.seats);
}

// The slider fits the lever: 0–100 for a position, 0–1 for salience and resolve, ±50 for a shock;
// it starts where the actor stands now. Including or excluding needs no issue and no value.
function fitLever() {
  if (!run.scenario) return;
  const kind = $("lever-kind").value;
  const actor = $("lever-actor").value;
  const issue = $("lever-issue").value;
  const slider = $("lever-value");
  const seating = kind === "exclude" || kind === "include";
  $("lever-issue").disabled = seating;
  slider.disabled = seating;
  const stance = run.scenario.stances.find((s) => s.actor === actor && s.issue === issue);
  const index = run.scenario.stanceOrder.findIndex(([a, i]) => a === actor && i === issue);
  const last = run.rounds[run.rounds.length - 1];
  const [min, max, step, value] = {
    position: [0, 100, 1, last && index >= 0 ? last.positions[index] : stance?.position ?? 50],
    salience: [0, 1, 0.05, stance?.salience ?? 0.5],
    resolve: [0, 1, 0.05, stance?.resolve ?? 0.5],
    shock: [-50, 50, 1, 10],
  }[kind] ?? [0, 100, 1, 0];
  Object.assign(slider, { min, max, step });
  slider.value = Math.round(value / step) * step;
  $("lever-value-shown").textContent = seating ? "–" : number(Number(slider.value), 2);
  $("lever-apply").title = stance || seating ? "" : `${actor} holds no stance on ${issue}`;
}

async function loadInfo() {
  const target = $("info");
  const scenario = run.scenario;
  if (!scenario) return;
  if (infoLoaded === scenario.name) return;
  infoLoaded = scenario.name;
  if (!scenario.hasInfo) {
    target.replaceChildren(el("h2", {}, scenario.name), el("p", {}, scenario.description),
      el("p", {}, scenario.uploaded ? "An uploaded scenario has no Info text; its description is above." : "This scenario has no Info text yet."));
    return;
  }
  const response = await fetch(`/api/scenarios/${encodeURIComponent(scenario.name)}/info`);
  target.replaceChildren(response.ok ? markdown(await response.text()) : el("p", {}, "The Info text could not be loaded."));
}
