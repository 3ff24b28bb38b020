// Live updates over server-sent events. EventSource reconnects by itself (with the last event id); every
// time the stream opens, the page resyncs, since the emulator may have restarted or been reset meanwhile.

import {api} from './api.js';
import {loadChats, loadConversation, loadUsers, openChatById, resync} from './controller.js';
import {openChat, remembered, state} from './state.js';

const status = document.getElementById('connection');

export function startEvents(onReady) {
  const source = new EventSource(api.eventsUrl());
  source.addEventListener('ready', () => {
    setStatus('live', 'Live');
    resync().then(onReady, () => setStatus('offline', 'Out of sync: reload the page'));
  });
  source.addEventListener('message', event => {
    const data = JSON.parse(event.data);
    if (!state.chats.some(chat => chat.chatId === data.chatId)) {
      if (!concernsCurrentUser(data.message)) return;
      quietly(
      // Perhaps a chat of the current user that someone else opened (a group, a scan), or the one that was
      // open before the emulator restarted: look again, and open it if none is.
      (state.currentUser ? loadChats() : loadUsers().then(loadChats)).then(() => {
        if (openChat() || !state.chats.length) return;
        const wanted = state.chats.find(chat => chat.chatId === remembered().chat) || state.chats[0];
        return openChatById(wanted.chatId);
      }));
    } else if (data.chatId === state.openChatId) {
      quietly(loadConversation());
    }
  });
  source.addEventListener('update', event => {
    if (JSON.parse(event.data).chatId === state.openChatId) quietly(loadConversation());
  });
  source.addEventListener('refusal', event => {
    if (JSON.parse(event.data).chatIds.includes(state.openChatId)) quietly(loadConversation());
  });
  source.addEventListener('reset', () => quietly(resync()));
  source.addEventListener('error', () => setStatus('offline', 'Emulator unreachable: reconnecting…'));
}

/** @return whether a message of a chat the page does not know is one of the current user's */
function concernsCurrentUser(message) {
  const me = state.currentUser;
  return !me || message.from === me || message.to === me || (message.participants || []).includes(me);
}

/** A load that fails while the emulator goes away is caught up with by the resync when it is back. */
function quietly(load) {
  load.catch(() => setStatus('offline', 'Emulator unreachable: reconnecting…'));
}

function setStatus(value, text) {
  status.dataset.state = value;
  status.textContent = text;
}
