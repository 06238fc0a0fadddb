// SPDX-License-Identifier: Apache-2.0
// The review queue: one server-side page of a project's households, filtered, sorted and
// searched on the server, worked through with the keyboard.
import {get, query} from '../api.js';
import {h, m2, mount, when} from '../dom.js';
import {codesOf, label, t} from '../i18n.js';

const PAGE = 50;
// The queue as last shown, so that coming back from a household keeps filter, page and row.
const last = {projectId: '', status: 'submitted', q: '', sort: 'code', dir: 'asc', offset: 0, selected: 0};
/** Ids of the rows on the current page, for next/previous in the household view. */
export const queueOrder = [];

const columns = [
  ['code', 'col_code', true], ['head_name', 'col_head', true], ['address', 'col_address', true],
  ['door_no', 'col_door', false], ['status', 'col_status', true], ['buildings', 'col_buildings', false],
  ['measured_area_dm2', 'col_area', false], ['open_conflicts', 'col_conflicts', false],
  ['updated_at', 'col_updated', true], ['updated_by', 'col_updated_by', false],
];

/** Shows the queue; `params` may name a status to filter by (links from the dashboard). */
export async function showQueue(view, projectId, params = new URLSearchParams()) {
  if (last.projectId !== projectId) Object.assign(last, {projectId, offset: 0, selected: 0});
  if (params.has('status')) Object.assign(last, {status: params.get('status'), offset: 0, selected: 0});
  if (!projectId) return mount(view, h('p', t('no_rows')));
  const page = await get(`/api/v1/projects/${encodeURIComponent(projectId)}/households${query({
    status: last.status, q: last.q, sort: last.sort, dir: last.dir, offset: last.offset, limit: PAGE})}`);
  queueOrder.splice(0, queueOrder.length, ...page.rows.map((r) => r.id));
  last.selected = Math.min(last.selected, Math.max(page.rows.length - 1, 0));
  const reload = () => showQueue(view, projectId);

  const search = h('input#search', {type: 'search', value: last.q, placeholder: t('search'), 'aria-label': t('search')});
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { Object.assign(last, {q: search.value.trim(), offset: 0, selected: 0}); reload(); }
    if (e.key === 'Escape') search.blur();
  });
  const total = Object.values(page.status_counts).reduce((a, b) => a + b, 0);
  const chips = h('div.chips', {role: 'group'},
    chip('', `${t('all_statuses')} ${total}`),
    codesOf('status').filter((c) => page.status_counts[c]).map((c) => chip(c, `${label('status', c)} ${page.status_counts[c]}`)));
  function chip(code, text) {
    return h('button.chip', {type: 'button', 'aria-pressed': String(last.status === code), dataset: {status: code},
      onclick: () => { Object.assign(last, {status: code, offset: 0, selected: 0}); reload(); }}, text);
  }

  const head = h('tr', columns.map(([key, title, sortable]) => h('th', {
    class: sortable ? 'sortable' : null, 'aria-sort': last.sort === key ? (last.dir === 'asc' ? 'ascending' : 'descending') : null,
    onclick: sortable ? () => {
      Object.assign(last, {dir: last.sort === key && last.dir === 'asc' ? 'desc' : 'asc', sort: key, offset: 0});
      reload();
    } : null}, t(title), last.sort === key ? (last.dir === 'asc' ? ' ▲' : ' ▼') : '')));
  const body = h('tbody', page.rows.map((r, i) => h('tr', {dataset: {id: r.id, index: i}, tabindex: -1,
    class: [i === last.selected ? 'selected' : '', r.open_conflicts ? 'has-conflicts' : ''].join(' ').trim() || null,
    onclick: () => open(i)},
  h('td.code', h('a', {href: `#/household/${r.id}`}, r.code)), h('td', r.head_name), h('td', r.address),
  h('td', r.door_no), h('td', h(`span.status.s-${r.status}`, label('status', r.status))),
  h('td.num', r.buildings), h('td.num', m2(r.measured_area_dm2)),
  h('td.num', r.open_conflicts ? h('span.badge.warn', r.open_conflicts) : ''),
  h('td', when(r.updated_at)), h('td', r.updated_by))));
  const from = page.total ? last.offset + 1 : 0;
  const to = last.offset + page.rows.length;
  const pager = h('div.pager',
    h('button#prev-page', {type: 'button', disabled: last.offset === 0, onclick: () => turn(-1)}, t('prev_page')),
    h('span#range', t('rows_of', {from, to, total: page.total})),
    h('button#next-page', {type: 'button', disabled: to >= page.total, onclick: () => turn(1)}, t('next_page')));
  function turn(step) {
    const next = last.offset + step * PAGE;
    if (next < 0 || next >= page.total) return;
    Object.assign(last, {offset: next, selected: 0});
    reload();
  }
  function open(i) {
    last.selected = i;
    location.hash = `#/household/${page.rows[i].id}`;
  }
  function select(i) {
    const rows = body.rows;
    if (!rows.length) return;
    last.selected = Math.max(0, Math.min(rows.length - 1, i));
    for (const r of rows) r.classList.toggle('selected', Number(r.dataset.index) === last.selected);
    rows[last.selected].scrollIntoView({block: 'nearest'});
  }

  mount(view,
    h('section.queue',
      h('div.toolbar', search, chips),
      h('table.grid#queue', h('thead', head), body),
      page.rows.length ? null : h('p.empty', t('no_rows')),
      h('div.footer', pager, h('span.hint', t('keys_hint')))));
  document.onkeydown = (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === '/') { e.preventDefault(); search.focus(); search.select(); }
    else if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); select(last.selected + 1); }
    else if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); select(last.selected - 1); }
    else if (e.key === 'Enter' && page.rows.length) open(last.selected);
    else if (e.key === 'ArrowRight') turn(1);
    else if (e.key === 'ArrowLeft') turn(-1);
  };
  if (document.activeElement === document.body) view.focus();
}
