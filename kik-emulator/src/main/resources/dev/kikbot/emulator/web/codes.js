// Kik Codes: the codes the chat's bot made, as the pictures Kik drew, each with a button to scan it.

import {api} from './api.js';
import {el, replace, showError} from './dom.js';
import {loadChats, openChatById} from './controller.js';
import {state} from './state.js';

const dialog = document.getElementById('codes-dialog');
const list = document.getElementById('codes');

export async function openCodes(bot) {
  replace(list, el('p', {}, 'Loading…'));
  dialog.showModal();
  try {
    const codes = await api.codes(bot);
    replace(list, codes.map(code => el('figure', {class: 'code', 'data-code-id': code.id},
      el('img', {src: `/v1/code/${encodeURIComponent(code.id)}`, alt: `Kik Code ${code.id}`, width: 160, height: 160}),
      el('figcaption', {}, code.data ? `data: ${code.data}` : 'no data'),
      el('button', {type: 'button', onclick: () => scan(code.id)}, 'Scan'))));
    if (!codes.length) list.append(el('p', {}, `${bot} has made no Kik Code yet (POST /v1/code).`));
  } catch (error) {
    replace(list, el('p', {role: 'alert', class: 'form-error'}, error.message));
  }
}

/** Scanning opens the user's direct chat with the bot, where the bot gets scan-data. */
async function scan(codeId) {
  try {
    const answer = await api.scan(codeId, state.currentUser);
    dialog.close();
    await loadChats();
    await openChatById(answer.message.chatId);
  } catch (error) {
    showError(document.getElementById('composer-error'), error);
    dialog.close();
  }
}
