// Link cards, carousels, widgets and adaptive cards, drawn from the CoreMessage's attachments as a Kik client
// drew them (a subset of adaptive cards: text blocks, images, fact sets and containers).

import {el, mediaUrl, safeUrl} from './dom.js';

/** A link card: picture, title, text, attribution, and whether it may be forwarded. */
export function linkCard(link) {
  const url = safeUrl(link.url);
  const picture = mediaUrl(link.picture);
  const icon = mediaUrl(link.attributionIcon);
  return el('div', {class: 'link-card'},
    picture && el('img', {class: 'link-picture', src: picture, alt: link.title || 'Link picture', loading: 'lazy'}),
    el('div', {class: 'link-body'},
      el('a', {class: 'link-title', href: url, target: '_blank', rel: 'noopener noreferrer'},
        link.title || link.url || 'Link'),
      link.text && el('p', {class: 'link-text'}, link.text),
      (link.attributionName || icon) && el('p', {class: 'attribution'},
        icon && el('img', {src: icon, alt: '', class: 'attribution-icon'}), link.attributionName || ''),
      el('p', {class: 'forwarding', 'data-forward': String(link.allowForward)},
        link.allowForward ? 'Forwarding allowed' : 'No forwarding')));
}

/** @return the link of a CoreMessage LinkMessageAttachment, in the shape linkCard takes */
export function fromAttachment(attachment) {
  return {
    url: (attachment.uris || [])[0]?.uri,
    title: attachment.title,
    text: attachment.text,
    picture: attachment.picture?.url,
    attributionName: attachment.attribution?.name,
    attributionIcon: attachment.attribution?.icon?.url,
    allowForward: Boolean(attachment.allowForward),
  };
}

/** @return the link of a Bot API link message, when there is no CoreMessage to draw it from */
export function fromBotApi(message) {
  const custom = typeof message.attribution === 'object' && message.attribution ? message.attribution : {};
  return {
    url: message.url,
    title: message.title,
    text: message.text,
    picture: message.picUrl,
    attributionName: custom.name || (typeof message.attribution === 'string' ? message.attribution : undefined),
    attributionIcon: custom.iconUrl,
    allowForward: !message.noForward,
  };
}

/** A carousel: its items side by side, each a link card. */
export function carousel(attachment) {
  const links = (attachment.items || []).map(item => item.content?.linkMessageAttachment).filter(Boolean);
  if (links.length === 1) return linkCard(fromAttachment(links[0]));
  return el('div', {class: 'carousel', role: 'group', 'aria-label': 'Carousel'},
    links.map(link => linkCard(fromAttachment(link))));
}

/** Text widgets: a titled block of text each. */
export function widgets(attachment) {
  return el('div', {class: 'widget'}, (attachment.widgets || []).map(widget => {
    const text = widget.textWidget || {};
    return el('div', {class: 'text-widget'},
      text.title && el('p', {class: 'widget-title'}, text.title),
      text.body && el('p', {}, text.body));
  }));
}

/** An adaptive card from its definition; a card referred to by id only shows the id. */
export function adaptiveCard(attachment) {
  if (!attachment.cardDefinition) {
    return el('div', {class: 'adaptive-card'}, `Adaptive card ${attachment.cardId || ''}`);
  }
  let card;
  try {
    card = JSON.parse(attachment.cardDefinition);
  } catch {
    return el('div', {class: 'adaptive-card'}, 'Adaptive card (its definition is not JSON)');
  }
  return el('div', {class: 'adaptive-card'}, elements(card.body || []),
    (card.actions || []).map(action => el('span', {class: 'card-action'}, action.title || action.type)));
}

function elements(items) {
  return items.map(item => {
    switch (item.type) {
      case 'TextBlock':
        return el('p', {class: item.weight === 'bolder' ? 'card-text bold' : 'card-text'}, item.text || '');
      case 'Image': {
        const src = mediaUrl(item.url);
        return src ? el('img', {src, alt: item.altText || 'Card image', class: 'card-image'}) : null;
      }
      case 'FactSet':
        return el('dl', {class: 'facts'}, (item.facts || []).map(f => [el('dt', {}, f.title), el('dd', {}, f.value)]));
      case 'Container':
      case 'ColumnSet':
      case 'Column':
        return el('div', {class: 'card-container'}, elements(item.items || item.columns || []));
      default:
        return null;
    }
  });
}
