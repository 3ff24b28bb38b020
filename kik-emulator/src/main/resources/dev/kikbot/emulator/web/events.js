// Live updates over server-sent events. EventSource reconnects by itself (with the last event id); every
// time the stream opens, the page resyncs, since the emulator may have restarted or been reset meanwhile.

import {api} from './api.js';
import {loadChats, loadConversation, resync} from './controller.js';
import {state} from './state.js';

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
      // Perhaps a chat of the current user that someone else opened (a group, a scan): look again.
      loadChats();
    } else if (data.chatId === state.openChatId) {
      loadConversation();
    }
  });
  source.addEventListener('update', event => {
    if (JSON.parse(event.data).chatId === state.openChatId) loadConversation();
  });
  source.addEventListener('refusal', event => {
    if (JSON.parse(event.data).chatIds.includes(state.openChatId)) loadConversation();
  });
  source.addEventListener('error', () => setStatus('offline', 'Emulator unreachable: reconnecting…'));
}

function setStatus(value, text) {
  status.dataset.state = value;
  status.textContent = text;
}
