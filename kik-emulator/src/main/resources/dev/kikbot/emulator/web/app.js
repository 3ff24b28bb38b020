// The page's entry point: wires the parts together, restores the user and chat of the last visit, and
// marks the page ready (body[data-ready]) once the event stream is open and the state loaded.

import {startComposer} from './composer.js';
import {drawConversation, resetConversation} from './conversation.js';
import {startEvents} from './events.js';
import {startInspector} from './inspector.js';
import {drawKeyboard, startKeyboard} from './keyboard.js';
import {startSidebar} from './sidebar.js';
import {startReads} from './reads.js';
import {on, openChat, remembered, state} from './state.js';
import {startTranscripts} from './transcripts.js';

const saved = remembered();
state.currentUser = saved.user || null;
state.openChatId = saved.chat || null;

startSidebar();
startKeyboard();
startComposer();
startInspector();
startTranscripts();
startReads();

on('chat-opened', () => {
  resetConversation();
  const chat = openChat();
  document.getElementById('chat-title').textContent = chat ? chat.bot : 'No chat open';
  document.getElementById('chat-subtitle').textContent = !chat ? 'Create a user, pick a bot and start a chat.'
    : chat.chatType === 'direct' ? `Direct chat · you are ${state.currentUser}`
      : `${chat.chatType} group · ${chat.participants.join(', ')} · mention @${chat.bot} to talk to it`;
});
on('conversation', () => {
  drawConversation();
  drawKeyboard();
});

document.addEventListener('click', event => {
  const closer = event.target.closest('[data-close]');
  if (closer) closer.closest('dialog').close();
});

startEvents(() => document.body.setAttribute('data-ready', 'true'));
