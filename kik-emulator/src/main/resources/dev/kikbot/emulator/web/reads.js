// Read receipts, as a Kik client sent them: when the current user sees the bot's messages in the open chat,
// the page tells the platform they were read (POST /chats/{id}/reads), once per message. The platform
// passes a read-receipt on to the bot when its features ask for them.

import {api} from './api.js';
import {on, openChat, state} from './state.js';

const UNREAD_TYPES = new Set(['is-typing', 'read-receipt', 'delivery-receipt']);
const sent = new Set(); // ids already reported, so that a burst of events reports each once

export function startReads() {
  on('conversation', report);
  document.addEventListener('visibilitychange', report);
}

function report() {
  const chat = openChat();
  if (!chat || !state.currentUser || document.visibilityState !== 'visible') return;
  const read = new Set(state.messages
    .filter(e => e.direction === 'to-bot' && e.message.type === 'read-receipt' && e.message.from === state.currentUser)
    .flatMap(e => e.message.messageIds || []));
  const unread = state.messages
    .filter(e => e.direction === 'from-bot' && !e.byPlatform && !UNREAD_TYPES.has(e.message.type))
    .filter(e => !e.message.to || e.message.to === state.currentUser)
    .map(e => e.message.id)
    .filter(id => !read.has(id) && !sent.has(id));
  if (!unread.length) return;
  unread.forEach(id => sent.add(id));
  api.read(chat.chatId, state.currentUser, unread).catch(() => unread.forEach(id => sent.delete(id)));
}
