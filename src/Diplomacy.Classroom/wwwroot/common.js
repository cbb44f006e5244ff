// Shared by the teacher's and the students' pages: building elements safely (text is never parsed
// as HTML), the room's WebSocket, numbers, the feed's words and a small Markdown reader for Info.

const SVG = "http://www.w3.org/2000/svg";

/** An HTML element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** An SVG element with attributes and children. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttributes(node, attributes);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

export function number(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toFixed(digits).replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1");
}

/** Shows one message over the page (a click dismisses it); notices fade after 5 s, errors after 12 s. */
export function say(container, kind, text) {
  show(container, el("p", { class: kind, role: kind === "error" ? "alert" : null }, text), kind === "error" ? 12000 : 5000);
}

export function show(container, message, lifetime = 12000) {
  message.addEventListener("click", () => message.remove());
  container.replaceChildren(message);
  setTimeout(() => message.remove(), lifetime);
}

/**
 * The room's WebSocket: messages arrive parsed; send() queues until the socket is open. When the
 * socket drops the page says so and tries again, unless the server refused it for good.
 */
export function openRoom(path, onMessage, onState) {
  let socket;
  let fatal = false;
  const queue = [];
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
  function connect() {
    socket = new WebSocket(url);
    socket.addEventListener("open", () => {
      onState("open");
      while (queue.length) socket.send(queue.shift());
    });
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(event.data);
      if (message.type === "error" && message.fatal) fatal = true;
      onMessage(message);
    });
    socket.addEventListener("close", () => {
      onState(fatal ? "refused" : "closed");
      if (!fatal) setTimeout(connect, 1500);
    });
  }
  connect();
  return {
    send(message) {
      const text = JSON.stringify(message);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else queue.push(text);
    },
  };
}

export function termsText(terms) {
  return (terms || []).map((t) => `${t.issue} ${number(t.position)}`).join(", ");
}

/** One event in words, as the feed lists it: who did what to whom, and why. */
export function eventText(e) {
  const arrow = e.from && e.to ? `${e.from} → ${e.to}` : e.to || e.from || "";
  const parts = [arrow];
  if (e.issue) parts.push(e.issue);
  if (e.terms && e.terms.length) parts.push(termsText(e.terms));
  if (e.before !== undefined && e.after !== undefined && e.before !== null) parts.push(`${number(e.before)} → ${number(e.after)}`);
  return parts.filter(Boolean).join(" · ");
}

export function eventKind(e) {
  return e.decision ? `${e.type}: ${e.decision}` : e.type;
}

/** A feed line: round, kind, who and what, the reason in the trace's own words, and the scenario event's basis. */
export function feedItem(e) {
  return el("li", { "data-type": e.type, "data-decision": e.decision || null },
    el("span", { class: "kind" }, `R${e.round} ${eventKind(e)}`), " ", eventText(e),
    e.reason ? el("span", { class: "reason" }, ` — ${e.reason}`) : null,
    e.basis ? el("span", { class: "basis" }, ` ${e.basis}`) : null);
}

/**
 * Markdown as the Info texts use it: headings (#, ##, ###), paragraphs, lists (- or 1.), **bold**,
 * *italic* and `code`. Built as elements, so nothing in the text can run.
 */
export function markdown(text) {
  const root = document.createDocumentFragment();
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) root.append(el("p", {}, ...inline(paragraph.join(" "))));
    paragraph = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (heading) {
      flush(); list = null;
      root.append(el(`h${heading[1].length + 1}`, {}, ...inline(heading[2])));
    } else if (item) {
      flush();
      if (!list) { list = el(/^\s*\d/.test(line) ? "ol" : "ul"); root.append(list); }
      list.append(el("li", {}, ...inline(item[1])));
    } else if (line.trim() === "") {
      flush(); list = null;
    } else if (list && /^\s+/.test(raw)) {
      list.lastElementChild.append(" ", ...inline(line.trim()));
    } else {
      list = null;
      paragraph.push(line.trim());
    }
  }
  flush();
  return root;
}

function inline(text) {
  const nodes = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    nodes.push(text.slice(last, match.index));
    const token = match[0];
    if (token.startsWith("**")) nodes.push(el("strong", {}, token.slice(2, -2)));
    else if (token.startsWith("`")) nodes.push(el("code", {}, token.slice(1, -1)));
    else nodes.push(el("em", {}, token.slice(1, -1)));
    last = match.index + token.length;
  }
  nodes.push(text.slice(last));
  return nodes.filter((n) => n !== "");
}

/** Colours told apart on a projector; the legend and the chart's tooltips name every line too. */
export const PALETTE = ["#1f5fbf", "#b3261e", "#1b7f3b", "#a15c00", "#6a3fb5", "#00838f", "#c2185b", "#5d4037",
  "#558b2f", "#283593", "#ef6c00", "#00695c", "#8e24aa", "#37474f", "#d84315", "#2e7d32", "#0277bd", "#9e9d24"];

export function colourOf(index) {
  return PALETTE[index % PALETTE.length];
}

/** Arrow keys move between tabs; the chosen tab shows its panel. */
export function tabs(buttons, onSelect) {
  const select = (chosen, focus) => {
    for (const b of buttons) {
      const on = b === chosen;
      b.setAttribute("aria-selected", on);
      b.tabIndex = on ? 0 : -1;
      document.getElementById(b.getAttribute("aria-controls")).hidden = !on;
    }
    if (focus) chosen.focus();
    onSelect?.(chosen);
  };
  buttons.forEach((b, i) => {
    b.addEventListener("click", () => select(b, false));
    b.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step) select(buttons[(i + step + buttons.length) % buttons.length], true);
    });
  });
}
