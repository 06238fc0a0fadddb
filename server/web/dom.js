// SPDX-License-Identifier: Apache-2.0
// Builds elements from data without innerHTML, so that no stored text is ever parsed as markup.

/** h('td.num#total', {title: 'x'}, child, 'text', [more]) → an element with classes and id. */
export function h(tag, attrs, ...children) {
  const [, name, rest] = tag.match(/^([a-z0-9]*)(.*)$/i);
  const el = document.createElement(name || 'div');
  for (const token of rest.match(/[.#][^.#]+/g) || []) {
    if (token[0] === '#') el.id = token.slice(1);
    else el.classList.add(token.slice(1));
  }
  const isAttrs = attrs && typeof attrs === 'object' && !(attrs instanceof Node) && !Array.isArray(attrs);
  if (!isAttrs) {
    if (attrs !== undefined) children.unshift(attrs); // a first child, 0 and '' included
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** Replaces the children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** 0.01 m² as "12.34". */
export function m2(dm2) {
  if (dm2 === null || dm2 === undefined) return '';
  const sign = dm2 < 0 ? '-' : '';
  const a = Math.abs(dm2);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** ISO UTC time as local "YYYY-MM-DD HH:MM". */
export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Shows a short message at the bottom of the page. */
export function toast(text, isError = false) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.className = isError ? 'show error' : 'show';
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.className = ''; }, 4000);
}
