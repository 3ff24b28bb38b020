// Building DOM nodes without innerHTML: every piece of user or bot text becomes a text node, never markup.

/**
 * el('button', {class: 'x', onclick: fn, 'aria-label': 'y'}, 'text', child) builds an element.
 * Attributes starting with "on" become listeners; null, undefined and false attributes are left out.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties a node and fills it with new children. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** @return the URL if it is http(s) or a same-origin path, else null: no javascript: or data: links. */
export function safeUrl(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * @return where the page loads a message's picture or video from: through the emulator, which answers a
 *     placeholder for what it cannot fetch, so that an offline URL is a grey box, not a broken request
 */
export function mediaUrl(url) {
  const safe = safeUrl(url);
  if (!safe) return null;
  return new URL(safe).origin === window.location.origin ? safe : `/emulator/v1/media?url=${encodeURIComponent(safe)}`;
}

/** Writes an error where the user will see it, and clears it after a while. */
export function showError(node, error) {
  node.textContent = error ? (error.message || String(error)) : '';
}
