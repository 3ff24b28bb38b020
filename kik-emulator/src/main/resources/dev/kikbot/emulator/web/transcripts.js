// Transcripts: save the open chat as a file, load one, and replay its user side against the bot, each step
// showing what was sent, what the transcript expected and what the bot answered, differences highlighted.

import {api} from './api.js';
import {el, replace} from './dom.js';
import {loadChats, openChatById} from './controller.js';
import {on, openChat} from './state.js';

const save = document.getElementById('save-transcript');
const load = document.getElementById('load-transcript');
const panel = document.getElementById('replay');

export function startTranscripts() {
  on('chat-opened', () => {
    const chat = openChat();
    save.hidden = !chat;
    if (chat) save.href = api.transcriptUrl(chat.chatId);
  });
  load.addEventListener('change', loadFile);
}

async function loadFile() {
  const file = load.files[0];
  if (!file) return;
  let transcript;
  try {
    transcript = JSON.parse(await file.text());
    if (transcript.format !== 'kik-emulator-transcript') throw new Error('not a kik-emulator transcript');
  } catch (error) {
    show(el('p', {role: 'alert', class: 'form-error'}, `${file.name}: ${error.message}`));
    return;
  } finally {
    load.value = '';
  }
  const sent = transcript.messages.filter(m => m.direction === 'to-bot').length;
  show(el('p', {}, `${file.name}: a ${transcript.chatType} chat with ${transcript.bot}, ${transcript.messages.length}`
    + ` messages, ${sent} of them to the bot.`),
  el('button', {type: 'button', onclick: () => replay(transcript)}, 'Replay against the bot'),
  el('ol', {class: 'transcript-messages'}, transcript.messages.map(m =>
    el('li', {'data-direction': m.direction}, `${m.direction === 'to-bot' ? m.message.from : transcript.bot}: `
      + summary(m.message)))));
}

async function replay(transcript) {
  show(el('p', {role: 'status'}, 'Replaying…'));
  try {
    const result = await api.replay(transcript);
    show(el('p', {role: 'status'}, result.differs ? 'The bot answered differently: see the highlighted steps.'
      : 'The bot answered as the transcript expects.'),
    el('ol', {class: 'steps'}, result.steps.map(step)));
    await loadChats();
    await openChatById(result.chatId);
  } catch (error) {
    show(el('p', {role: 'alert', class: 'form-error'}, error.message));
  }
}

function step(s) {
  // Each answer is marked where it differs from the one at the same place on the other side.
  const column = (title, mine, theirs) => el('div', {}, el('h4', {}, title), el('ul', {}, mine.map((m, i) =>
    el('li', {class: summary(m) === summary(theirs[i]) ? null : 'mismatch'}, summary(m)))));
  return el('li', {class: s.differs ? 'step differs' : 'step', 'data-step': s.step, 'data-differs': String(s.differs)},
    el('p', {class: 'step-sent'}, `Sent: ${summary(s.sent)}`),
    el('div', {class: 'step-columns'},
      column('Expected', s.expected, s.actual),
      column('Actual', s.actual, s.expected)));
}

function summary(message) {
  const {id, chatId, timestamp, participants, ...rest} = message || {};
  return JSON.stringify(rest);
}

function show(...children) {
  panel.hidden = false;
  replace(panel, el('div', {class: 'section-head'}, el('h3', {}, 'Transcript replay'),
    el('button', {type: 'button', onclick: () => { panel.hidden = true; }}, 'Close replay')), children);
}
