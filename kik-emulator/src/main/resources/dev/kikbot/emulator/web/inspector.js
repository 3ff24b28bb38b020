// The inspector: for the selected message, what went over the wire, each part with a copy button: the
// webhook request as sent (headers, signature, exact body), the bot's answer, the bot's Bot API call, and
// the CoreMessage as proto3 JSON and as hex. For a refused call, the request and why Kik refused it.

import {api} from './api.js';
import {el, replace} from './dom.js';
import {on, openChat, state} from './state.js';

const sections = document.getElementById('inspector-sections');
const hint = document.getElementById('inspector-hint');

const PARTS = [
  ['inspect-webhook', 'Webhook request', 'Copy webhook request'],
  ['inspect-answer', "Bot's answer", "Copy bot's answer"],
  ['inspect-api-call', 'Bot API call', 'Copy Bot API call'],
  ['inspect-core-json', 'CoreMessage JSON', 'Copy CoreMessage JSON'],
  ['inspect-core-hex', 'CoreMessage hex', 'Copy CoreMessage hex'],
];

export function startInspector() {
  on('selection', inspect);
  on('conversation', () => { if (state.selected) inspect(); });
}

async function inspect() {
  const chat = openChat();
  const selected = state.selected;
  if (!chat || !selected) {
    hint.hidden = false;
    sections.replaceChildren();
    return;
  }
  hint.hidden = true;
  let texts;
  try {
    texts = selected.kind === 'refusal' ? refusalTexts(state.refusals.find(r => r.id === selected.id))
      : messageTexts(await api.inspection(chat.chatId, selected.seq));
  } catch (error) {
    texts = PARTS.map(() => `Could not load: ${error.message}`);
  }
  if (state.selected !== selected) return; // another message was selected meanwhile
  replace(sections, PARTS.map(([id, heading, copyLabel], i) => el('section', {id, 'aria-labelledby': `${id}-h`},
    el('div', {class: 'section-head'},
      el('h3', {id: `${id}-h`}, heading),
      el('button', {type: 'button', class: 'copy', 'aria-label': copyLabel, onclick: e => copy(texts[i], e.target)}, 'Copy')),
    el('pre', {tabindex: 0}, texts[i]))));
}

function messageTexts(inspection) {
  const toBot = inspection.direction === 'to-bot';
  const requests = inspection.webhookRequests;
  const webhook = !toBot ? 'Not a message to the bot: the bot sent it.'
    : requests.length ? requests.map(request).join('\n\n') : 'Not sent to the webhook (yet).';
  const answer = !toBot ? 'Not a message to the bot.'
    : requests.length ? requests.map(answerLine).join('\n') : 'No attempt yet.';
  const call = inspection.apiCall ? `${inspection.apiCall.method} ${inspection.apiCall.path}\n\n${pretty(inspection.apiCall.body)}`
    : toBot ? 'None: a user sent this message.' : 'None: the platform sent this in the bot\'s name.';
  const core = inspection.coreMessage ? JSON.stringify(inspection.coreMessage, null, 2)
    : 'No CoreMessage: only the bot\'s messages are translated.';
  const hex = inspection.coreMessageHex !== null
    ? (inspection.coreMessageHex.match(/.{1,2}/g) || ['(empty: no attachments)']).join(' ')
    : 'No CoreMessage bytes.';
  return [webhook, answer, call, core, hex];
}

function request(attempt) {
  if (!attempt.headers) return `Attempt ${attempt.attempt}: recorded before requests were kept.`;
  const headers = Object.entries(attempt.headers).map(([name, value]) => `${name}: ${value}`).join('\n');
  return `POST ${attempt.url}\n${headers}\n\n${attempt.body}`;
}

function answerLine(attempt) {
  const outcome = attempt.status !== null ? `answered ${attempt.status}` : `no answer: ${attempt.error}`;
  return `Attempt ${attempt.attempt} at ${new Date(attempt.time).toISOString()}: ${outcome} in ${attempt.latencyMs} ms`;
}

function refusalTexts(refusal) {
  if (!refusal) return PARTS.map(() => 'This refusal is gone.');
  return ['Nothing reached the bot: Kik refused the bot\'s call.',
    `${refusal.status} ${refusal.error}: ${refusal.message}`,
    `${refusal.method} ${refusal.path}\n\n${pretty(refusal.requestBody)}`,
    'No CoreMessage: the call was refused.', 'No CoreMessage bytes.'];
}

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Copies to the clipboard; where the browser refuses, selects the text for the user to copy. */
async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(button.closest('section').querySelector('pre'));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    button.textContent = 'Selected';
  }
  setTimeout(() => { button.textContent = 'Copy'; }, 1500);
}
