// Suggested responses: the keyboard the bot's last message offers the current user (the first keyboard
// addressed to them, else the first addressed to no one), a hidden one behind a toggle, the bot's static
// keyboard while the user @-mentions it in a group, and the friend picker with its min, max and preselected.

import {api} from './api.js';
import {el, mediaUrl, replace, showError} from './dom.js';
import {isGroup, on, openChat, state} from './state.js';

const box = document.getElementById('keyboard');
const composerError = document.getElementById('composer-error');
const text = document.getElementById('message');
const picker = document.getElementById('picker-dialog');
const pickerUsers = document.getElementById('picker-users');
const pickerRule = document.getElementById('picker-rule');
const sendPicks = document.getElementById('send-picks');
let tappedSeq = null;
let showHidden = false;
let pendingPick = null;
let drawnKey = null; // what is drawn, so that typing does not redraw (and reload its pictures) for nothing

export function startKeyboard() {
  on('conversation', drawKeyboard);
  on('chat-opened', drawKeyboard);
  text.addEventListener('input', drawKeyboard);
  document.getElementById('picker-form').addEventListener('submit', submitPicks);
  pickerUsers.addEventListener('change', checkPicks);
}

/** @return the keyboard offered to the user by the bot's last message, and that message */
function offered() {
  const last = [...state.messages].reverse().find(entry => entry.direction === 'from-bot' && !entry.byPlatform
    && !['is-typing', 'read-receipt'].includes(entry.message.type));
  if (!last || last.seq === tappedSeq) return null;
  const keyboards = (last.message.keyboards || []).filter(k => k.type === 'suggested');
  const keyboard = keyboards.find(k => k.to === state.currentUser) || keyboards.find(k => !k.to);
  return keyboard ? {keyboard, entry: last} : null;
}

/** @return the bot's static keyboard while the composer mentions the bot in a group */
function staticOffered() {
  const chat = openChat();
  if (!isGroup(chat) || !text.value.includes(`@${chat.bot}`)) return null;
  const keyboard = state.configurations.get(chat.bot)?.staticKeyboard;
  return keyboard && keyboard.type === 'suggested' ? {keyboard, entry: null} : null;
}

export function drawKeyboard() {
  const found = staticOffered() || offered();
  const key = found ? JSON.stringify([found.keyboard, found.entry?.seq, showHidden, state.currentUser]) : null;
  if (key === drawnKey) return;
  drawnKey = key;
  box.hidden = !found;
  if (!found) {
    box.replaceChildren();
    return;
  }
  box.setAttribute('data-static', String(!found.entry));
  const buttons = (found.keyboard.responses || []).map((response, index) => responseButton(response, index, found));
  const hidden = Boolean(found.keyboard.hidden);
  const toggle = hidden && el('label', {class: 'toggle'},
    el('input', {type: 'checkbox', id: 'show-hidden', checked: showHidden,
      onchange: event => { showHidden = event.target.checked; drawKeyboard(); }}), 'Show hidden responses');
  replace(box, toggle, (!hidden || showHidden) ? el('div', {class: 'responses'}, buttons) : null);
}

function responseButton(response, index, found) {
  const attributes = {type: 'button', class: 'response', 'data-response-index': index,
    'data-response-type': response.type, onclick: () => tap(response, index, found)};
  if (response.type === 'picture') {
    const src = mediaUrl(response.picUrl);
    return el('button', attributes, src && el('img', {src, alt: response.body || `picture response ${index}`}));
  }
  if (response.type === 'friend-picker') return el('button', attributes, response.body || 'Pick friends');
  return el('button', attributes, response.body || response.type);
}

async function tap(response, index, found) {
  if (response.type === 'friend-picker') {
    openPicker(response, index, found);
    return;
  }
  await post({response: index}, found);
}

async function post(tap, found) {
  const chat = openChat();
  try {
    const body = {from: state.currentUser, ...tap};
    if (found.entry) body.messageId = found.entry.message.id;
    await api.tap(chat.chatId, body);
    if (found.entry) tappedSeq = found.entry.seq;
    if (!found.entry) text.value = '';
    showError(composerError, null);
    drawKeyboard();
  } catch (error) {
    showError(composerError, error);
  }
}

function limits(response) {
  const min = Math.max(1, response.min ?? 1);
  const max = Math.max(min, response.max ?? Math.max(min, 1));
  return {min, max};
}

function openPicker(response, index, found) {
  pendingPick = {response, index, found};
  const preselected = new Set(response.preselected || []);
  replace(pickerUsers, state.users.filter(user => user.username !== state.currentUser).map(user => {
    const id = `pick-${user.username}`;
    return el('div', {class: 'check'},
      el('input', {type: 'checkbox', id, value: user.username, checked: preselected.has(user.username)}),
      el('label', {for: id}, user.username));
  }));
  const {min, max} = limits(response);
  pickerRule.textContent = min === max ? `Pick ${min}.` : `Pick ${min} to ${max}.`;
  checkPicks();
  picker.showModal();
}

/** Send is possible only with between min and max picked; more boxes cannot be checked past max. */
function checkPicks() {
  if (!pendingPick) return;
  const {min, max} = limits(pendingPick.response);
  const boxes = [...pickerUsers.querySelectorAll('input[type=checkbox]')];
  const count = boxes.filter(b => b.checked).length;
  boxes.forEach(b => { b.disabled = !b.checked && count >= max; });
  sendPicks.disabled = count < min || count > max;
}

async function submitPicks(event) {
  event.preventDefault();
  const picked = [...pickerUsers.querySelectorAll('input:checked')].map(b => b.value);
  picker.close();
  await post({response: pendingPick.index, picked}, pendingPick.found);
  pendingPick = null;
}
