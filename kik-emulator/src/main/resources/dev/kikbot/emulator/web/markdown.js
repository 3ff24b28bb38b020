// Text markdown as a Kik client drew it, in a safe subset: **bold**, *italic* or _italic_, `code`,
// [text](https://link) and bare http(s) links. Everything becomes DOM nodes; nothing is parsed as HTML.

import {el, safeUrl} from './dom.js';

const TOKEN = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+)/g;

/** @return the nodes of a text with markdown */
export function markdown(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    nodes.push(token(match));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function token([whole, bold, italic, underscored, code, label, href, bare]) {
  if (bold !== undefined) return el('strong', {}, ...markdown(bold));
  if (italic !== undefined) return el('em', {}, ...markdown(italic));
  if (underscored !== undefined) return el('em', {}, ...markdown(underscored));
  if (code !== undefined) return el('code', {}, code);
  const url = safeUrl(label !== undefined ? href : bare);
  if (!url) return whole;
  return el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, label !== undefined ? label : bare);
}
