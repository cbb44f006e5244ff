// A student's page: join a room with its code and a name, take a free seat, and play that actor:
// answer the proposals put to it (with the terms, its utility, its red lines and what the model
// would do in view) before the timer runs out, and make proposals of its own.
import { el, say, openRoom, feedItem, number, termsText } from "./common.js";

const $ = (id) => document.getElementById(id);
const FEED_LIMIT = 300;

const state = { code: null, name: null, key: null, scenario: null, seat: null, positions: null, question: null, seats: [] };
let connection = null;
let countdown = null;

const presetCode = new URLSearchParams(location.search).get("room");
if (presetCode) $("join-code").value = presetCode;
$("join-form").addEventListener("submit", (event) => {
  event.preventDefault();
  join($("join-code").value.trim().toUpperCase(), $("join-name").value.trim());
});
$("leave").addEventListener("click", () => send({ type: "leave" }));
$("answer-accept").addEventListener("click", () => answer("accept"));
$("answer-reject").addEventListener("click", () => answer("reject"));
$("counter-form").addEventListener("submit", (event) => {
  event.preventDefault();
  answer("counter", termsFrom($("counter-terms")));
});
$("propose-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const terms = termsFrom($("propose-terms"));
  if (Object.keys(terms).length === 0) {
    say($("messages"), "error", "tick at least one issue to offer");
    return;
  }
  send({ type: "propose", to: $("propose-to").value, terms });
});

function join(code, name) {
  if (!code || !name) return;
  state.code = code;
  state.name = name;
  const stored = JSON.parse(sessionStorage.getItem(`diplomacy-student-${code}`) || "null");
  const key = stored?.key ? `&key=${encodeURIComponent(stored.key)}` : "";
  connection = openRoom(`/ws/rooms/${encodeURIComponent(code)}?role=student${key}`, receive, (s) => {
    if (s === "refused") {
      $("join-form").hidden = false;
      $("room").hidden = true;
      $("status").textContent = "Not joined";
    } else if (s === "closed") {
      $("status").textContent = "Connection lost; reconnecting…";
    } else if (s === "open") {
      send({ type: "join", name: state.name });
    }
  });
}

function send(message) {
  connection?.send(message);
}

function receive(message) {
  switch (message.type) {
    case "welcome":
      state.key = message.studentKey;
      sessionStorage.setItem(`diplomacy-student-${state.code}`, JSON.stringify({ key: state.key }));
      $("room-code").textContent = message.code;
      $("join-form").hidden = true;
      $("room").hidden = false;
      $("feed").replaceChildren();
      setScenario(message.scenario);
      for (const round of message.rounds) addRound(round);
      if (message.seats) showSeats(message.seats);
      showStatus(message.status);
      break;
    case "setup":
      $("feed").replaceChildren();
      setScenario(message.scenario);
      break;
    case "round":
      addRound(message);
      showStatus(message.status);
      break;
    case "events":
      for (const e of message.events) if (concernsMe(e)) $("feed").prepend(feedItem(e));
      break;
    case "status":
      showStatus(message);
      break;
    case "seats":
      showSeats(message);
      break;
    case "you":
      state.seat = message.seat;
      $("who").textContent = message.name ? `${message.name}${message.seat ? `, playing ${actorName(message.seat)}` : ", no seat yet"}` : "";
      $("leave").hidden = !message.seat;
      renderSeats();
      renderStances();
      renderProposeForm();
      break;
    case "question":
      showQuestion(message);
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
  state.scenario = scenario;
  state.positions = null;
  hideQuestion();
  renderSeats();
  renderStances();
  renderProposeForm();
}

function addRound(round) {
  state.positions = round.positions;
  const feed = $("feed");
  for (const e of round.events) if (concernsMe(e)) feed.prepend(feedItem(e));
  feed.prepend(el("li", { class: "round-mark" }, round.round === 0 ? "Seeds" : `Round ${round.round}`));
  while (feed.children.length > FEED_LIMIT) feed.lastElementChild.remove();
  renderStances();
}

// With a seat, the feed shows what involves that actor; without one, every proposal and answer.
function concernsMe(e) {
  if (state.seat) return e.from === state.seat || e.to === state.seat;
  return e.type === "proposal" || e.type === "answer" || e.type === "agreement" || e.type === "lever";
}

function showStatus(status) {
  const words = { empty: "Waiting for the teacher to set up a scenario", paused: status.round <= 0 ? "Ready" : `After round ${status.round} of ${status.rounds}`,
    going: `Round ${Math.max(0, status.round)} of ${status.rounds}`, finished: `Finished after round ${status.round}`, failed: "The run stopped" };
  $("status").textContent = words[status.status] || status.status;
}

function showSeats(seats) {
  state.seats = seats.seats;
  renderSeats();
  if (state.question && !seats.questions.some((q) => q.id === state.question.id)) {
    hideQuestion();
    say($("messages"), "notice", "The question is closed: see the feed for the answer.");
  }
}

function renderSeats() {
  const scenario = state.scenario;
  if (!scenario) {
    $("seat-list").replaceChildren(el("p", {}, "The teacher has not set up a scenario yet."));
    return;
  }
  const taken = new Map(state.seats.map((s) => [s.actor, s.student]));
  $("seat-list").replaceChildren(...scenario.actors
    .filter((a) => scenario.stances.some((s) => s.actor === a.id))
    .map((actor) => {
      const student = taken.get(actor.id);
      const mine = actor.id === state.seat;
      return el("button", {
        type: "button", class: student && !mine ? "taken secondary" : mine ? "" : "secondary", "data-actor": actor.id,
        "aria-pressed": mine, disabled: (student && !mine) || (state.seat && !mine),
        "aria-label": student ? `${actor.name}: taken by ${student}` : `Take ${actor.name}'s seat`,
        onclick: () => send({ type: "seat", actor: actor.id }),
      }, student ? `${actor.name} (${student})` : actor.name);
    }));
}

function stanceOf(actor, issue) {
  return state.scenario?.stances.find((s) => s.actor === actor && s.issue === issue);
}

function positionOf(actor, issue) {
  const index = state.scenario?.stanceOrder.findIndex(([a, i]) => a === actor && i === issue) ?? -1;
  return index >= 0 && state.positions ? state.positions[index] : stanceOf(actor, issue)?.position;
}

function redLine(stance) {
  return stance?.redLine ? `${number(stance.redLine[0])}–${number(stance.redLine[1])}` : "none";
}

function renderStances() {
  const scenario = state.scenario;
  if (!scenario || !state.seat) {
    $("stances").replaceChildren(el("tr", {}, el("td", { colspan: 4 }, "Take a seat to see your stances.")));
    return;
  }
  $("stances-title").textContent = `Your actor: ${scenario.actors.find((a) => a.id === state.seat)?.name ?? state.seat}`;
  $("stances").replaceChildren(...scenario.stances.filter((s) => s.actor === state.seat).map((s) =>
    el("tr", {}, el("th", { scope: "row" }, issueTitle(s.issue)), el("td", { class: "num" }, number(positionOf(s.actor, s.issue))),
      el("td", {}, redLine(s)), el("td", { class: "num" }, number(s.salience, 2)))));
}

function actorName(id) {
  return state.scenario?.actors.find((a) => a.id === id)?.name ?? id;
}

function issueTitle(id) {
  return state.scenario?.issues.find((i) => i.id === id)?.title ?? id;
}

function renderProposeForm() {
  const scenario = state.scenario;
  const disabled = !scenario || !state.seat;
  $("propose").disabled = disabled;
  if (!scenario) return;
  $("propose-to").replaceChildren(...scenario.actors.filter((a) => a.id !== state.seat).map((a) => el("option", { value: a.id }, a.name)));
  $("propose-terms").replaceChildren(...scenario.issues.flatMap((issue) => {
    const id = `propose-${issue.id}`;
    const mine = state.seat ? positionOf(state.seat, issue.id) : null;
    return [
      el("label", { for: `${id}-on` }, el("input", { type: "checkbox", id: `${id}-on`, "data-issue": issue.id }), ` ${issue.title}`),
      el("input", { type: "number", id, min: 0, max: 100, step: 1, value: Math.round(mine ?? 50), "aria-label": `Position on ${issue.title}` }),
    ];
  }));
}

// Terms from a form: every issue whose box is ticked (a counter has no boxes: every issue shown).
function termsFrom(container) {
  const terms = {};
  for (const input of container.querySelectorAll("input[type=number]")) {
    const box = container.querySelector(`input[type=checkbox][data-issue="${input.dataset.issue ?? input.id.replace(/^propose-/, "")}"]`);
    if (box && !box.checked) continue;
    terms[input.dataset.issue ?? input.id.replace(/^propose-/, "")] = Number(input.value);
  }
  return terms;
}

function showQuestion(question) {
  state.question = question;
  const title = `Round ${question.round}: ${actorName(question.from)} proposes to you`;
  $("question-title").textContent = title;
  $("question-terms").replaceChildren(...question.terms.map((t) => {
    const stance = question.stances.find((s) => s.issue === t.issue);
    const crossed = stance?.redLine && (t.position < stance.redLine[0] || t.position > stance.redLine[1]);
    return el("tr", {}, el("th", { scope: "row" }, issueTitle(t.issue)), el("td", { class: crossed ? "num crossed" : "num" }, number(t.position)),
      el("td", { class: "num" }, stance ? number(stance.position) : "no stance"),
      el("td", {}, stance ? `${redLine(stance)}${crossed ? " (crossed!)" : ""}` : "–"));
  }));
  $("question-utility").textContent = `Your utility for these terms: ${number(question.utility, 2)} (your aspiration this round: ${number(question.aspiration, 2)}; 1 is everything you want).`;
  const model = question.model;
  $("question-model").textContent = `The model would ${model.decision}${model.terms.length ? ` with ${termsText(model.terms)}` : ""}: ${model.reason}.`;
  const counterSeed = new Map(model.terms.map((t) => [t.issue, t.position]));
  $("counter-terms").replaceChildren(...question.terms.flatMap((t) => {
    const id = `counter-${t.issue}`;
    return [el("label", { for: id }, issueTitle(t.issue)),
      el("input", { type: "number", id, "data-issue": t.issue, min: 0, max: 100, step: 1, value: Math.round(counterSeed.get(t.issue) ?? t.position), "aria-label": `Your counter on ${issueTitle(t.issue)}` })];
  }));
  $("question").hidden = false;
  $("answer-accept").focus();
  startCountdown(question.secondsLeft);
}

function startCountdown(seconds) {
  clearInterval(countdown);
  const until = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
    $("countdown").textContent = `${left} s`;
    $("countdown-words").textContent = left > 0 ? "left to answer; then the model answers for you" : "time is up: the model is answering";
    if (left === 0) clearInterval(countdown);
  };
  tick();
  countdown = setInterval(tick, 500);
}

function hideQuestion() {
  state.question = null;
  clearInterval(countdown);
  $("question").hidden = true;
}

function answer(decision, terms) {
  if (!state.question) return;
  send({ type: "answer", question: state.question.id, decision, terms });
}
