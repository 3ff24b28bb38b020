// One message of the history as a Kik client would draw it: a bubble on the right for what the current user
// said, on the left for the bot and other people, and small notes for what the platform exchanges unseen.

import {el, mediaUrl} from './dom.js';
import {markdown} from './markdown.js';
import {adaptiveCard, carousel, fromBotApi, linkCard, widgets} from './cards.js';

const NOTES = new Set(['is-typing', 'read-receipt', 'delivery-receipt', 'start-chatting']);

/** @return the <li> of a history entry; context is {me: the current user, bot: the chat's bot} */
export function messageItem(entry, {me, bot}) {
  const message = entry.message;
  const fromBot = entry.direction === 'from-bot';
  const from = fromBot ? bot : message.from;
  const li = el('li', {
    class: NOTES.has(message.type) ? 'message note' : 'message',
    tabindex: 0,
    'data-seq': entry.seq,
    'data-direction': entry.direction,
    'data-type': message.type,
    'data-message-id': message.id,
    'data-from': from,
    'data-mine': String(!fromBot && from === me),
    'data-by-platform': entry.byPlatform ? 'true' : null,
  });
  if (NOTES.has(message.type)) {
    li.append(el('span', {class: 'note-text'}, note(entry, from, bot)));
    return li;
  }
  const bubble = el('div', {class: 'bubble'});
  if (!fromBot && from !== me) bubble.append(el('p', {class: 'sender'}, from));
  if (fromBot && entry.byPlatform) bubble.append(el('p', {class: 'sender'}, 'Kik'));
  bubble.append(...content(message, entry.coreMessage || {}, fromBot));
  // Others get a round avatar with their initial beside their bubbles, as in Kik; the user's own have none.
  if (fromBot || from !== me) {
    li.append(el('span', {class: fromBot ? 'avatar small bot' : 'avatar small', 'aria-hidden': 'true'},
      (from || '?').slice(0, 1).toUpperCase()));
  }
  li.append(bubble);
  if (!fromBot) li.append(ticks(entry));
  return li;
}

function content(message, core, fromBot) {
  const parts = [];
  switch (message.type) {
    case 'text': {
      const text = core.textMarkdownAttachment?.markdown || message.body || '';
      parts.push(el('p', {class: 'text'}, ...(fromBot ? markdown(text) : [text])));
      break;
    }
    case 'link':
      parts.push(core.carouselMessageAttachment ? carousel(core.carouselMessageAttachment) : linkCard(fromBotApi(message)));
      break;
    case 'picture': {
      const src = mediaUrl(message.picUrl);
      parts.push(src ? el('img', {class: 'picture', src, alt: 'Picture', loading: 'lazy'}) : el('p', {}, 'Picture'));
      break;
    }
    case 'video':
      parts.push(video(message));
      break;
    case 'sticker': {
      const src = mediaUrl(message.stickerUrl);
      parts.push(src ? el('img', {class: 'sticker', src, alt: 'Sticker'}) : el('p', {}, 'Sticker'));
      break;
    }
    case 'scan-data':
      parts.push(el('p', {class: 'text'}, 'Scanned a Kik Code'), message.data && el('code', {class: 'data'}, message.data));
      break;
    case 'friend-picker':
      parts.push(el('p', {class: 'text'}, `Picked ${(message.picked || []).join(', ')}`));
      break;
    default:
      parts.push(el('p', {class: 'text unknown'}, `A ${message.type} message`));
  }
  if (core.widgetAttachment) parts.push(widgets(core.widgetAttachment));
  if (core.adaptiveCardAttachment) parts.push(adaptiveCard(core.adaptiveCardAttachment));
  if (message.type !== 'link' && message.attribution) parts.push(attribution(message.attribution));
  return parts;
}

function video(message) {
  const src = mediaUrl(message.videoUrl);
  if (!src) return el('p', {}, 'Video');
  const node = el('video', {class: 'video', src, controls: true, playsinline: true,
    loop: Boolean(message.loop), autoplay: Boolean(message.autoplay)});
  node.muted = Boolean(message.muted); // the attribute alone does not mute a video added by script
  node.setAttribute('data-muted', String(Boolean(message.muted)));
  return node;
}

function attribution(value) {
  const name = typeof value === 'string' ? value : value.name;
  const icon = typeof value === 'object' ? mediaUrl(value.iconUrl) : null;
  return el('p', {class: 'attribution'}, icon && el('img', {src: icon, alt: '', class: 'attribution-icon'}), name || '');
}

function note(entry, who, bot) {
  const message = entry.message;
  switch (message.type) {
    case 'start-chatting': return `${who} started chatting`;
    case 'is-typing': return `${who} ${message.isTyping ? 'is typing' : 'stopped typing'}`;
    case 'read-receipt': return `${who} read ${(message.messageIds || []).length} message(s)`;
    default: return `Kik told ${bot} that ${(message.messageIds || []).length} message(s) were delivered`;
  }
}

const TICKS = {
  pending: ['S', 'Sent'],
  delivered: ['D', 'Delivered'],
  read: ['R', 'Read'],
  'not-delivered': ['–', 'Not delivered: the bot was not mentioned'],
};

/** S, D or R as Kik showed them, from the delivery state and the read mark. */
export function ticks(entry) {
  const state = entry.read ? 'read' : entry.delivery?.state || 'pending';
  const [letter, label] = TICKS[state] || TICKS.pending;
  return el('span', {class: 'ticks', 'data-state': state, 'aria-label': label, title: label}, letter);
}

/** The <li> of a Bot API call the emulator refused, in red, with its reason. */
export function refusalItem(refusal) {
  return el('li', {class: 'message error', role: 'alert', tabindex: 0, 'data-refusal-id': refusal.id,
    'data-status': refusal.status},
  el('div', {class: 'bubble'},
    el('p', {class: 'error-title'}, `Kik refused ${refusal.bot}'s ${refusal.path}: ${refusal.status} ${refusal.error || ''}`),
    el('p', {class: 'error-message'}, refusal.message || '')));
}
