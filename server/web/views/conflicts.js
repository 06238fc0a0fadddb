// SPDX-License-Identifier: Apache-2.0
// Conflicts of a household, resolved field by field: each row shows the office value (what the
// server kept) and the tablet value (what waits), and the reviewer takes one of them or enters
// another in an input that fits the field (a code list, a number, yes/no, text). The server
// validates the value as it validates a push and audits the resolution.
import {post} from '../api.js';
import {h, toast, when} from '../dom.js';
import {codesOf, label, t} from '../i18n.js';
import {canReview} from '../session.js';

// Fields whose values come from a code table, by the table's name.
const CODE_TABLES = {
  status: 'status', tenure: 'tenure', approved_use: 'use', actual_use: 'use', land_type: 'land_type',
  structure: 'structure', relation: 'relation', kind: 'part_kind', recognition: 'recognition', role: 'signature_role',
};

// The code table of a field, when its entity uses one (an item's kind is free text).
function codeTable(c) {
  const table = CODE_TABLES[c.field];
  return table && !(c.field === 'kind' && c.entity !== 'part') ? table : null;
}

const parse = (s) => { try { return JSON.parse(s); } catch { return null; } };

/** A stored value as a person reads it: the code's label, yes/no, lengths joined, — for none. */
function shown(c, value) {
  if (value === null || value === undefined || value === '') return '—';
  // A stored record keeps lists as JSON text; a conflict has them parsed already.
  if (typeof value === 'string' && c.field_type?.endsWith('list')) value = parse(value) ?? value;
  const table = codeTable(c);
  if (table) return `${label(table, value)} (${value})`;
  if (c.field_type === 'bool') return t(value ? 'yes' : 'no');
  if (c.field_type === 'int_list') return Array.isArray(value) ? value.join(' × ') : String(value);
  if (c.field_type === 'int_pair_list') return Array.isArray(value) ? value.map((xy) => `(${xy.join(', ')})`).join(' ') : String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// The unit a numeric field is counted in, from its name (lengths in mm, areas in dm²).
function unit(field) {
  if (field.endsWith('_mm')) return 'mm';
  if (field.endsWith('_dm2')) return 'dm²';
  if (field.endsWith('_m')) return 'm';
  return '';
}

/**
 * An input for a value of the field, starting at `initial`, and a read() that returns
 * {value} or {error}: the typed value the API takes.
 */
function editor(c, initial) {
  const attrs = {class: 'conflict-value', 'aria-label': t('edit_value_of', {field: c.field})};
  const table = codeTable(c);
  if (table) {
    const el = h('select', attrs, h('option', {value: ''}, '—'),
      codesOf(table).map((code) => h('option', {value: code, selected: code === initial}, label(table, code))));
    return {el, read: () => ({value: el.value || null})};
  }
  if (c.field_type === 'bool') {
    const el = h('select', attrs, [['true', 'yes'], ['false', 'no']].map(([v, k]) => h('option', {value: v, selected: String(initial) === v}, t(k))));
    return {el, read: () => ({value: el.value === 'true'})};
  }
  if (c.field_type === 'integer' || c.field_type === 'real') {
    const integer = c.field_type === 'integer';
    const el = h('input', {...attrs, type: 'number', step: integer ? 1 : 'any', value: initial ?? ''});
    return {el: [el, unit(c.field) ? h('span.unit', unit(c.field)) : null], read: () => {
      if (el.value.trim() === '') return {value: null};
      const n = Number(el.value);
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) return {error: t(integer ? 'need_whole_number' : 'need_number')};
      return {value: n};
    }};
  }
  if (c.field_type === 'int_list' || c.field_type === 'int_pair_list') {
    const pairs = c.field_type === 'int_pair_list';
    const text = Array.isArray(initial) ? (pairs ? initial.map((xy) => xy.join(',')).join(' ') : initial.join(' ')) : '';
    const el = h('input', {...attrs, value: text, placeholder: t(pairs ? 'pairs_hint' : 'list_hint')});
    return {el: [el, h('span.unit', 'mm')], read: () => {
      const items = el.value.trim().split(/\s+/).filter(Boolean);
      const int = (s) => (/^-?\d+$/.test(s) ? Number(s) : NaN);
      const value = pairs ? items.map((xy) => xy.split(',').map(int)) : items.map(int);
      const ok = value.every((v) => (pairs ? v.length === 2 && v.every(Number.isInteger) : Number.isInteger(v)));
      return ok ? {value} : {error: t(pairs ? 'pairs_hint' : 'list_hint')};
    }};
  }
  const el = h('input', {...attrs, value: initial ?? ''});
  return {el, read: () => ({value: el.value})};
}

/** The conflicts card of a household; `records` holds its records by id (rev, fields). */
export function conflictsCard(list, records, reload) {
  if (!list.length) return null;
  const open = list.filter((c) => !c.resolved_at);
  async function resolve(c, value) {
    try {
      await post(`/api/v1/conflicts/${c.id}/resolve`, {value, base_rev: records.get(c.entity_id)?.rev ?? 0});
      toast(t('resolved_ok'));
    } catch (e) {
      toast(`${t('error')}: ${e.message}`, true);
    }
    reload();
  }
  const rows = list.map((c) => {
    const office = parse(c.server_json);
    const tablet = parse(c.client_json);
    const name = t(c.field); // the console's label of the field where it has one
    return h('tr', {dataset: {id: c.id, field: c.field}, class: c.resolved_at ? 'resolved' : null},
      h('td', t(`entity_${c.entity}`)), h('td', name, name === c.field ? null : [h('br'), h('span.mono.muted', c.field)]),
      h('td.value', shown(c, office)), h('td.value', shown(c, tablet)), h('td', c.user_name, h('br'), h('span.muted', when(c.at))),
      h('td', c.resolved_at ? resolvedState(c, records.get(c.entity_id)) : !canReview() ? t('open') : actions(c, office, tablet, resolve)));
  });
  return h('section.card.conflicts', h('h2', t('conflicts'), ` (${open.length} ${t('open')})`),
    h('table.grid#conflicts', h('thead', h('tr', ['entity', 'field', 'server_value', 'client_value', 'who', 'resolve'].map((k) => h('th', t(k))))),
      h('tbody', rows)));
}

// When it was resolved, and the field's value now (the resolution's, unless changed since).
function resolvedState(c, record) {
  const now = record && c.field !== 'deleted' ? h('div', t('value_now'), h('b.resolved-value', shown(c, record[c.field]))) : null;
  return h('div', `${t('resolved')} ${when(c.resolved_at)}`, now);
}

function actions(c, office, tablet, resolve) {
  const edit = editor(c, tablet);
  const setValue = () => {
    const read = edit.read();
    if (read.error) return toast(read.error, true);
    return resolve(c, read.value);
  };
  return h('div.resolve',
    h('div.buttons',
      h('button.keep-server', {type: 'button', onclick: () => resolve(c, office)}, t('keep_server')),
      h('button.keep-client', {type: 'button', onclick: () => resolve(c, tablet)}, t('keep_client'))),
    h('div.edit', edit.el, h('button.set-value', {type: 'button', onclick: setValue}, t('edit_value'))));
}
