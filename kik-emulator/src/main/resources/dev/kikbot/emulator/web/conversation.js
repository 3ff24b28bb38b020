// The conversation: the open chat's messages and the refusals that concern it, in order, redrawn in place
// (a message already drawn keeps its node, so a playing video or the focus survive an update), and the
// bot's typing indicator, honouring typeTime and delay of the messages that arrive while the chat is open.

import {announce, openChat, state} from './state.js';
import {messageItem, refusalItem, ticks} from './render.js';

const list = document.getElementById('conversation');
const typing = document.getElementById('typing');
const drawn = new Map(); // key -> {node, signature}
let typingUntil = 0;
let typingTimer = null;

/** Draws the open chat as the state has it. */
export function drawConversation() {
  const chat = openChat();
  if (!chat) {
    list.replaceChildren();
    drawn.clear();
    return;
  }
  const items = ordered();
  const keep = new Set(items.map(item => item.key));
  for (const [key, {node}] of drawn) {
    if (!keep.has(key)) {
      node.remove();
      drawn.delete(key);
    }
  }
  items.forEach((item, index) => {
    const node = nodeOf(item, chat);
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] || null);
  });
  markSelected();
  list.scrollTop = list.scrollHeight;
}

// Pictures that load after a draw make the list taller: stay at the bottom if the user was there.
list.addEventListener('load', () => {
  if (list.scrollHeight - list.scrollTop - list.clientHeight < 400) list.scrollTop = list.scrollHeight;
}, true);

/** Messages by sequence, each refusal right after the newest message stored before it. */
function ordered() {
  const items = [];
  const refusals = [...state.refusals].sort((a, b) => a.id - b.id);
  let r = 0;
  for (const entry of state.messages) {
    while (r < refusals.length && refusals[r].afterSeq < entry.seq) items.push(refusalEntry(refusals[r++]));
    items.push({key: `m${entry.seq}`, entry});
  }
  while (r < refusals.length) items.push(refusalEntry(refusals[r++]));
  return items;
}

function refusalEntry(refusal) {
  return {key: `r${refusal.id}`, refusal};
}

function nodeOf(item, chat) {
  const signature = item.entry ? JSON.stringify([item.entry.delivery, item.entry.read]) : '';
  const existing = drawn.get(item.key);
  if (existing) {
    if (existing.signature !== signature && item.entry) {
      existing.node.querySelector('.ticks')?.replaceWith(ticks(item.entry));
      existing.signature = signature;
    }
    return existing.node;
  }
  const node = item.entry ? messageItem(item.entry, {me: state.currentUser, bot: chat.bot}) : refusalItem(item.refusal);
  node.addEventListener('click', () => select(item));
  node.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(item);
    }
  });
  if (item.entry) delayIfLive(item.entry, node);
  drawn.set(item.key, {node, signature});
  return node;
}

function select(item) {
  state.selected = item.entry ? {kind: 'message', seq: item.entry.seq} : {kind: 'refusal', id: item.refusal.id};
  markSelected();
  announce('selection');
}

function markSelected() {
  const key = state.selected ? (state.selected.kind === 'message' ? `m${state.selected.seq}` : `r${state.selected.id}`) : null;
  for (const [k, {node}] of drawn) node.setAttribute('aria-selected', String(k === key));
}

/**
 * A bot message that arrives while the chat is open waits `delay` ms, then the bot types for `typeTime` ms,
 * then it shows, as a Kik client played them.
 */
function delayIfLive(entry, node) {
  const message = entry.message;
  if (entry.direction !== 'from-bot' || entry.seq <= state.liveAfter) return;
  if (message.type === 'is-typing') {
    showTyping(message.isTyping ? Date.now() + 30000 : 0);
    return;
  }
  const delay = Number(message.delay) || 0;
  const typeTime = Number(message.typeTime) || 0;
  if (delay + typeTime <= 0) {
    showTyping(0);
    return;
  }
  const now = Date.now();
  node.hidden = true;
  setTimeout(() => showTyping(now + delay + typeTime), delay);
  setTimeout(() => {
    node.hidden = false;
    showTyping(typingUntil); // the indicator goes in the same frame as the message comes
    list.scrollTop = list.scrollHeight;
  }, delay + typeTime);
}

function showTyping(until) {
  typingUntil = until;
  clearTimeout(typingTimer);
  const chat = openChat();
  typing.hidden = until <= Date.now() || !chat;
  if (!typing.hidden) {
    typing.textContent = `${chat.bot} is typing…`;
    typingTimer = setTimeout(() => showTyping(typingUntil), until - Date.now());
  }
}

/** Forgets the drawn nodes: another chat was opened. */
export function resetConversation() {
  drawn.clear();
  list.replaceChildren();
  showTyping(0);
}
