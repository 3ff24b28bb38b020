// The composer: text (Enter sends, Shift+Enter breaks the line), @-mentions of the bot in groups, pictures,
// videos, links and stickers by URL, start chatting, and is-typing while the user types, when the bot asked
// for it (features.receiveIsTyping).

import {api} from './api.js';
import {el, replace, showError} from './dom.js';
import {isGroup, on, openChat, state} from './state.js';
import {openCodes} from './codes.js';

const form = document.getElementById('composer');
const text = document.getElementById('message');
const error = document.getElementById('composer-error');
const mentions = document.getElementById('mentions');
const media = document.getElementById('media-dialog');
const mediaForm = document.getElementById('media-form');
const TYPING_QUIET_MS = 3000;
let mediaType = 'picture';
let typing = false;
let typingTimer = null;

export function startComposer() {
  on('chat-opened', enable);
  on('users', enable);
  form.addEventListener('submit', event => { event.preventDefault(); sendText(); });
  text.addEventListener('keydown', onKey);
  text.addEventListener('input', () => { suggestMentions(); userTyped(); });
  form.querySelectorAll('[data-media]').forEach(button =>
    button.addEventListener('click', () => openMedia(button.dataset.media)));
  mediaForm.addEventListener('submit', sendMedia);
  document.getElementById('start-chatting').addEventListener('click', () =>
    act(() => api.startChatting(openChat().chatId, state.currentUser)));
  document.getElementById('scan-code').addEventListener('click', () => openCodes(openChat().bot));
  enable();
}

/** Nothing can be sent without a user and an open chat; start chatting is for direct chats. */
function enable() {
  const chat = openChat();
  const ready = Boolean(chat && state.currentUser);
  form.querySelectorAll('button, textarea').forEach(control => { control.disabled = !ready; });
  document.getElementById('start-chatting').disabled = !ready || isGroup(chat);
}

async function act(action) {
  try {
    await action();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

function say(message) {
  const chat = openChat();
  const body = {from: state.currentUser, ...message};
  const mention = `@${chat.bot}`;
  if (isGroup(chat) && (message.body || '').includes(mention)) body.mention = chat.bot;
  return api.say(chat.chatId, body);
}

async function sendText() {
  const body = text.value.trim();
  if (!body) return;
  await stopTyping();
  await act(async () => {
    await say({type: 'text', body});
    text.value = '';
    hideMentions();
    text.dispatchEvent(new Event('input'));
  });
}

function onKey(event) {
  if (!mentions.hidden && (event.key === 'Enter' || event.key === 'Tab')) {
    event.preventDefault();
    completeMention();
  } else if (event.key === 'Escape') {
    hideMentions();
  } else if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    sendText();
  }
}

/** In a group, "@" followed by the start of the bot's name offers the name. */
function suggestMentions() {
  const chat = openChat();
  const match = /@([a-zA-Z0-9._]*)$/.exec(text.value.slice(0, text.selectionStart));
  if (!isGroup(chat) || !match || !chat.bot.startsWith(match[1]) || match[1] === chat.bot) {
    hideMentions();
    return;
  }
  replace(mentions, el('li', {role: 'option', id: 'mention-bot', 'aria-selected': 'true',
    onmousedown: event => { event.preventDefault(); completeMention(); }}, `@${chat.bot}`));
  mentions.hidden = false;
  text.setAttribute('aria-activedescendant', 'mention-bot');
}

function completeMention() {
  const chat = openChat();
  const before = text.value.slice(0, text.selectionStart).replace(/@[a-zA-Z0-9._]*$/, `@${chat.bot} `);
  text.value = before + text.value.slice(text.selectionStart);
  text.selectionStart = text.selectionEnd = before.length;
  hideMentions();
  text.dispatchEvent(new Event('input'));
}

function hideMentions() {
  mentions.hidden = true;
  text.removeAttribute('aria-activedescendant');
}

function wantsTyping() {
  const chat = openChat();
  return chat && !isGroup(chat) && state.configurations.get(chat.bot)?.features?.receiveIsTyping;
}

function userTyped() {
  if (!wantsTyping() || !text.value) return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(stopTyping, TYPING_QUIET_MS);
  if (!typing) {
    typing = true;
    act(() => say({type: 'is-typing', isTyping: true}));
  }
}

async function stopTyping() {
  clearTimeout(typingTimer);
  if (!typing) return;
  typing = false;
  await act(() => say({type: 'is-typing', isTyping: false}));
}

function openMedia(type) {
  mediaType = type;
  const title = `Send ${type}`;
  media.setAttribute('aria-label', title);
  document.getElementById('media-title').textContent = title;
  document.getElementById('link-fields').hidden = type !== 'link';
  mediaForm.reset();
  media.showModal();
}

async function sendMedia(event) {
  event.preventDefault();
  const url = document.getElementById('media-url').value.trim();
  const messages = {
    picture: {type: 'picture', picUrl: url},
    video: {type: 'video', videoUrl: url},
    sticker: {type: 'sticker', stickerUrl: url, stickerPackId: 'emulator'},
    link: {type: 'link', url, title: document.getElementById('link-title').value || undefined,
      text: document.getElementById('link-text').value || undefined},
  };
  media.close();
  await act(() => say(messages[mediaType]));
}
