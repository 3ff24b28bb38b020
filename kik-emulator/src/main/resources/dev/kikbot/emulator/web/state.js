// What the page knows, in one place, and who wants to hear when a part of it changes.

export const state = {
  users: [],            // [{username, firstName, lastName, ...}]
  bots: [],             // [{username, apiKey, webhook}]
  configurations: new Map(), // bot -> its configuration, as it set it
  currentUser: null,
  chats: [],            // the current user's chats
  openChatId: null,
  messages: [],         // the open chat's history, as GET /chats/{id}/messages gives it
  refusals: [],         // the refused Bot API calls that concern the open chat
  liveAfter: 0,         // messages after this seq arrived while the chat was open: they get typing delays
  selected: null,       // {kind: 'message', seq} or {kind: 'refusal', id}
};

const listeners = new Map();

/** Calls fn whenever topic is announced. */
export function on(topic, fn) {
  if (!listeners.has(topic)) listeners.set(topic, []);
  listeners.get(topic).push(fn);
}

/** Tells the listeners of a topic that it changed. */
export function announce(topic, detail) {
  for (const fn of listeners.get(topic) || []) fn(detail);
}

/** @return the open chat, or undefined */
export function openChat() {
  return state.chats.find(chat => chat.chatId === state.openChatId);
}

/** @return whether a chat is a group */
export function isGroup(chat) {
  return chat && chat.chatType !== 'direct';
}

const SAVED = 'kik-emulator-page';

/** Keeps who the user is and which chat is open across reloads. */
export function remember() {
  localStorage.setItem(SAVED, JSON.stringify({user: state.currentUser, chat: state.openChatId}));
}

/** @return {user, chat} as last remembered */
export function remembered() {
  try {
    return JSON.parse(localStorage.getItem(SAVED)) || {};
  } catch {
    return {};
  }
}
