// The emulator's control API, as the page uses it. Every call answers JSON or throws an Error whose message
// is the emulator's own reason ("username: 'x' is not a valid Kik username ...").

const BASE = '/emulator/v1';

async function call(method, path, body) {
  const init = {method, headers: {}};
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(BASE + path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const reason = json && json.message ? json.message : `${response.status} ${response.statusText}`;
    const error = new Error(reason);
    error.status = response.status;
    throw error;
  }
  return json;
}

const enc = encodeURIComponent;
const PAGE = 500; // what GET /chats/{id}/messages answers at most at once

/** @return a chat's whole history, page after page */
async function history(chatId) {
  const all = [];
  for (;;) {
    const after = all.length ? all[all.length - 1].seq : 0;
    const page = await call('GET', `/chats/${enc(chatId)}/messages?after=${after}`).then(r => r.messages);
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}

export const api = {
  bots: () => call('GET', '/bots').then(r => r.bots),
  botConfiguration: bot => call('GET', `/bots/${enc(bot)}/configuration`),
  codes: bot => call('GET', `/bots/${enc(bot)}/codes`).then(r => r.codes),
  users: () => call('GET', '/users').then(r => r.users),
  addUser: user => call('POST', '/users', user),
  chats: user => call('GET', `/chats?user=${enc(user)}`).then(r => r.chats),
  openChat: (bot, users, chatType) => call('POST', '/chats', {bot, users, chatType}),
  messages: history,
  say: (chatId, message) => call('POST', `/chats/${enc(chatId)}/messages`, message),
  tap: (chatId, tap) => call('POST', `/chats/${enc(chatId)}/taps`, tap),
  read: (chatId, user, messageIds) => call('POST', `/chats/${enc(chatId)}/reads`, {user, messageIds}),
  startChatting: (chatId, from) => call('POST', `/chats/${enc(chatId)}/start-chatting`, {from}),
  scan: (codeId, user) => call('POST', `/codes/${enc(codeId)}/scans`, {user}),
  refusals: chatId => call('GET', `/refusals?chat=${enc(chatId)}`).then(r => r.refusals),
  inspection: (chatId, seq) => call('GET', `/chats/${enc(chatId)}/messages/${seq}/inspection`),
  transcriptUrl: chatId => `${BASE}/chats/${enc(chatId)}/transcript`,
  replay: transcript => call('POST', '/transcripts/replay', {transcript}),
  eventsUrl: () => `${BASE}/events`,
};
