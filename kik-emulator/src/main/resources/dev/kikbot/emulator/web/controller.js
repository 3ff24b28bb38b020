// Loads what the page shows from the control API into the state, and announces what changed. Concurrent
// loads of the open chat are folded into one, so a burst of events costs one request.

import {api} from './api.js';
import {announce, openChat, remember, remembered, state} from './state.js';

export async function loadBots() {
  state.bots = await api.bots();
  await Promise.all(state.bots.map(async bot => {
    state.configurations.set(bot.username, await api.botConfiguration(bot.username));
  }));
  announce('bots');
}

export async function loadUsers() {
  state.users = await api.users();
  const exists = name => state.users.some(user => user.username === name);
  if (!exists(state.currentUser)) {
    state.currentUser = exists(remembered().user) ? remembered().user
      : state.users.length ? state.users[0].username : null;
  }
  announce('users');
}

export async function loadChats() {
  state.chats = state.currentUser ? await api.chats(state.currentUser) : [];
  if (!openChat()) state.openChatId = null; // not remembered: the chat may come back (a restart, a replay)
  announce('chats');
}

let loading = null;
let again = false;

/** Loads the open chat's history and refusals; a call while one runs makes it run once more after. */
export async function loadConversation() {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    do {
      again = false;
      const chatId = state.openChatId;
      const [messages, refusals] = chatId ? await Promise.all([api.messages(chatId), api.refusals(chatId)]) : [[], []];
      if (chatId !== state.openChatId) continue; // another chat was opened meanwhile
      state.messages = messages;
      state.refusals = refusals;
      announce('conversation');
    } while (again);
  })();
  try {
    await loading;
  } finally {
    loading = null;
  }
}

/** Opens a chat: its history drawn at once, later messages played with their typing delays. */
export async function openChatById(chatId) {
  state.openChatId = chatId;
  state.selected = null;
  state.messages = [];
  state.refusals = [];
  state.liveAfter = Number.MAX_SAFE_INTEGER; // the history is drawn as it is, without typing delays
  if (chatId) remember(); // no chat open is not worth remembering: the last one may come back
  announce('chat-opened');
  const chat = openChat();
  if (chat) {
    // The bot may have changed its configuration (features, static keyboard) since the page loaded it.
    state.configurations.set(chat.bot, await api.botConfiguration(chat.bot));
  }
  await loadConversation();
  state.liveAfter = state.messages.length ? state.messages[state.messages.length - 1].seq : 0;
  announce('selection');
}

/** Switches the current user, and opens their first chat unless the open one is theirs. */
export async function switchUser(username) {
  state.currentUser = username;
  await loadChats();
  announce('users');
  const keep = openChat() ? state.openChatId : state.chats[0]?.chatId || null;
  await openChatById(keep);
}

/** Everything again: after a reconnect, the emulator may have restarted or been reset. */
export async function resync() {
  await Promise.all([loadBots(), loadUsers()]);
  await loadChats();
  await openChatById(state.openChatId || state.chats[0]?.chatId || null);
}
