// The left column: who the user is (create, pick, switch), the bots, and the user's chats with them
// (open a direct chat, make a group).

import {api} from './api.js';
import {el, replace, showError} from './dom.js';
import {loadChats, loadUsers, openChatById, switchUser} from './controller.js';
import {on, state} from './state.js';

const currentUser = document.getElementById('current-user');
const botSelect = document.getElementById('bot');
const chatList = document.getElementById('chats');
const userForm = document.getElementById('new-user');
const userError = document.getElementById('user-error');
const chatError = document.getElementById('chat-error');
const groupDialog = document.getElementById('group-dialog');
const groupUsers = document.getElementById('group-users');
const groupError = document.getElementById('group-error');

export function startSidebar() {
  on('users', drawUsers);
  on('bots', drawBots);
  on('chats', drawChats);
  on('chat-opened', drawChats);
  currentUser.addEventListener('change', () => switchUser(currentUser.value).catch(e => showError(chatError, e)));
  userForm.addEventListener('submit', createUser);
  document.getElementById('new-chat').addEventListener('click', () => newChat().catch(e => showError(chatError, e)));
  document.getElementById('new-group').addEventListener('click', openGroupDialog);
  document.getElementById('group-form').addEventListener('submit', createGroup);
}

function drawUsers() {
  replace(currentUser, state.users.map(user =>
    el('option', {value: user.username, selected: user.username === state.currentUser},
      `${user.firstName} ${user.lastName} (${user.username})`)));
  if (!state.users.length) currentUser.append(el('option', {value: ''}, 'No users yet: add one below'));
}

function drawBots() {
  const chosen = botSelect.value;
  replace(botSelect, state.bots.map(bot => el('option', {value: bot.username, selected: bot.username === chosen},
    bot.username)));
}

function drawChats() {
  replace(chatList, state.chats.map(chat => {
    const others = chat.participants.filter(user => user !== state.currentUser);
    const label = chat.chatType === 'direct' ? chat.bot
      : `${chat.bot} · ${chat.chatType} group${others.length ? ` with ${others.join(', ')}` : ''}`;
    return el('li', {}, el('button', {type: 'button', class: 'chat', 'data-chat-id': chat.chatId,
      'data-chat-type': chat.chatType, 'data-bot': chat.bot,
      'aria-current': chat.chatId === state.openChatId ? 'true' : null,
      onclick: () => openChatById(chat.chatId).catch(e => showError(chatError, e))},
    el('span', {class: 'avatar', 'aria-hidden': 'true'}, chat.bot.slice(0, 1).toUpperCase()),
    el('span', {class: 'chat-name'}, label)));
  }));
  if (!state.chats.length) chatList.append(el('li', {class: 'empty'}, 'No chats yet'));
}

async function createUser(event) {
  event.preventDefault();
  const form = new FormData(userForm);
  try {
    const user = await api.addUser({username: form.get('username').trim(), firstName: form.get('firstName').trim(),
      lastName: form.get('lastName').trim()});
    showError(userError, null);
    userForm.reset();
    await loadUsers();
    await switchUser(user.username);
  } catch (error) {
    showError(userError, error);
  }
}

async function newChat() {
  if (!state.currentUser) throw new Error('Create a user first');
  if (!botSelect.value) throw new Error('There is no bot: start the emulator with --bot name:');
  const chat = await api.openChat(botSelect.value, [state.currentUser], 'direct');
  showError(chatError, null);
  await loadChats();
  await openChatById(chat.chatId);
}

function openGroupDialog() {
  if (!state.currentUser) {
    showError(chatError, new Error('Create a user first'));
    return;
  }
  replace(groupUsers, state.users.filter(user => user.username !== state.currentUser).map(user => {
    const id = `group-user-${user.username}`;
    return el('div', {class: 'check'}, el('input', {type: 'checkbox', id, value: user.username}),
      el('label', {for: id}, user.username));
  }));
  if (!groupUsers.children.length) groupUsers.append(el('p', {}, 'You will be alone with the bot: add users to invite them.'));
  showError(groupError, null);
  groupDialog.showModal();
}

async function createGroup(event) {
  event.preventDefault();
  const picked = [...groupUsers.querySelectorAll('input:checked')].map(box => box.value);
  try {
    const chat = await api.openChat(botSelect.value, [state.currentUser, ...picked],
      document.getElementById('group-type').value);
    groupDialog.close();
    await loadChats();
    await openChatById(chat.chatId);
  } catch (error) {
    showError(groupError, error);
  }
}
