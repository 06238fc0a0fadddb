// SPDX-License-Identifier: Apache-2.0
// The household view: the whole record as the server holds it, the review decision, conflict
// resolution, and every change with who made it.
import {ApiError, get, post} from '../api.js';
import {h, m2, mount, toast, when} from '../dom.js';
import {label, t} from '../i18n.js';
import {canReview, isDepartment} from '../session.js';
import {conflictsCard} from './conflicts.js';
import {queueOrder} from './queue.js';

const REVIEWABLE = new Set(['submitted', 'approved']);

export async function showHousehold(view, id) {
  const data = await get(`/api/v1/households/${encodeURIComponent(id)}`);
  const hh = data.household;
  const reload = () => showHousehold(view, id);
  const records = recordsById(data);

  mount(view,
    h('section.household',
      h('div.titlebar',
        h('a.back', {href: `#/queue/${data.project.id}`}, '← ', t(isDepartment() ? 'back_to_households' : 'back_to_queue')),
        h('h1', `${hh.code} ${hh.head_name ?? ''}`),
        h(`span.status.s-${hh.status}`, {id: 'hh-status'}, label('status', hh.status)),
        h('span.muted', `${t('rev')} ${hh.rev}`),
        neighbours(id)),
      decisionPanel(hh, reload),
      basics(hh),
      conflictsCard(data.conflicts, records, reload),
      membersTable(data.members),
      (data.buildings || []).map((b) => building(b)),
      itemsTable(data.items),
      photos(data.photos),
      signatures(data.signatures, data.form_hash),
      reviews(data.reviews),
      history(data.history)));
  document.onkeydown = (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    if (e.key === 'Escape') location.hash = `#/queue/${data.project.id}`;
    else if (e.key === 'n' || e.key === 'p') step(id, e.key === 'n' ? 1 : -1);
  };
  window.scrollTo(0, 0);
}

function step(id, delta) {
  const i = queueOrder.indexOf(id);
  const next = queueOrder[i + delta];
  if (i >= 0 && next) location.hash = `#/household/${next}`;
}

function neighbours(id) {
  const i = queueOrder.indexOf(id);
  if (i < 0) return null;
  return h('span.neighbours',
    h('button', {type: 'button', disabled: i === 0, title: 'p', onclick: () => step(id, -1)}, '‹'),
    ` ${i + 1}/${queueOrder.length} `,
    h('button', {type: 'button', disabled: i === queueOrder.length - 1, title: 'n', onclick: () => step(id, 1)}, '›'));
}

function decisionPanel(hh, reload) {
  if (!REVIEWABLE.has(hh.status) || !canReview()) {
    return hh.review_comment ? h('p.comment', h('b', t('review_comment'), '：'), hh.review_comment) : null;
  }
  const comment = h('textarea#return-comment', {rows: 2, placeholder: t('return_comment'), 'aria-label': t('return_comment')});
  async function decide(decision) {
    if (decision === 'return' && !comment.value.trim()) {
      toast(t('comment_required'), true);
      comment.focus();
      return;
    }
    try {
      await post(`/api/v1/households/${hh.id}/review`, {decision, comment: comment.value.trim(), base_rev: hh.rev});
      toast(t(decision === 'approve' ? 'approved_ok' : 'returned_ok'));
    } catch (e) {
      toast(e instanceof ApiError && e.code === 'conflict' ? t('stale_rev') : `${t('error')}: ${e.message}`, true);
    }
    reload();
  }
  return h('div.decision',
    hh.review_comment ? h('p.comment', h('b', t('review_comment'), '：'), hh.review_comment) : null,
    comment,
    h('div.buttons',
      hh.status === 'submitted' ? h('button.primary#approve', {type: 'button', onclick: () => decide('approve')}, t('approve')) : null,
      h('button.danger#return', {type: 'button', onclick: () => decide('return')}, t('return'))));
}

function field(name, value) {
  return [h('dt', t(name)), h('dd', value === null || value === undefined || value === '' ? '—' : value)];
}

function basics(hh) {
  const gps = hh.lat == null ? '' : `${hh.lat.toFixed(6)}, ${hh.lon.toFixed(6)}` +
    (hh.gps_accuracy_m == null ? '' : ` (${t('accuracy')} ${hh.gps_accuracy_m} m)`);
  return h('section.card', h('h2', t('basic')), h('dl.facts',
    field('col_address', hh.address), field('col_door', hh.door_no), field('head_id', hh.head_id_number),
    field('phone', hh.head_phone), field('tenure', label('tenure', hh.tenure)), field('title_no', hh.title_no),
    field('house_cert_no', hh.house_cert_no), field('land_cert_no', hh.land_cert_no),
    field('land_type', label('land_type', hh.land_type)), field('approved_use', label('use', hh.approved_use)),
    field('actual_use', label('use', hh.actual_use)), field('gps', gps), field('notes', hh.notes),
    field('col_updated', `${when(hh.updated_at)} ${hh.device_id ?? ''}`)));
}

function table(id, headers, rows) {
  // A header is right-aligned over a column of numbers, as the numbers are.
  const numeric = (i) => rows[0]?.children[i]?.classList.contains('num');
  return h(`table.grid#${id}`, h('thead', h('tr', headers.map((k, i) => h(numeric(i) ? 'th.num' : 'th', t(k))))), h('tbody', rows));
}

function membersTable(members) {
  if (!members.length) return null;
  return h('section.card', h('h2', t('members'), ` (${members.length})`),
    table('members', ['name', 'relation', 'id_number', 'phone', 'circumstances'],
      members.map((m) => h('tr', h('td', m.name), h('td', label('relation', m.relation)), h('td.mono', m.id_number),
        h('td', m.phone), h('td', m.circumstances)))));
}

function size(p) {
  const v = (x) => { try { return JSON.parse(x); } catch { return null; } };
  const lengths = v(p.lengths_mm);
  if (Array.isArray(lengths)) return lengths.join(' × ');
  const vertices = v(p.vertices_mm);
  return Array.isArray(vertices) ? vertices.map((xy) => `(${xy.join(',')})`).join(' ') : '';
}

function building(b) {
  const check = b.area_check;
  const flagged = check?.flagged;
  return h('section.card.building', {dataset: {id: b.id}},
    h('h2', t('building_no', {no: b.no}), ' ', label('structure', b.structure),
      flagged ? h('span.badge.warn.area-flag', t('area_flag')) : null),
    h('dl.facts',
      field('registered', b.registered == null ? null : t(b.registered ? 'yes_registered' : 'not_registered')),
      field('floors', [b.floors_above, b.floors_below].filter((x) => x != null).join(' / ')),
      field('year_built', b.year_built),
      field('cert_area', m2(b.cert_area_dm2)), field('measured_area', m2(b.measured_area_dm2)),
      field('difference', check ? `${m2(check.difference_dm2)} (${t('tolerance')} ±${m2(check.tolerance_dm2)})` : null),
      field('approved_use', label('use', b.approved_use)), field('actual_use', label('use', b.actual_use)),
      field('recognition', label('recognition', b.recognition))),
    table(`parts-${b.no}`, ['floor', 'kind', 'size', 'height', 'sill', 'area', 'rule'],
      b.parts.map((p) => h('tr', {class: p.computed_area_dm2 !== undefined && p.computed_area_dm2 !== p.area_dm2 ? 'mismatch' : null},
        h('td.num', p.floor ?? 1), h('td', label('part_kind', p.kind)), h('td.mono', size(p)),
        h('td.num', p.height_mm), h('td.num', p.sill_mm), h('td.num', m2(p.area_dm2)), h('td.rule', p.rule)))));
}

function itemsTable(items) {
  if (!items.length) return null;
  return h('section.card', h('h2', t('items')),
    table('items', ['name', 'unit', 'quantity', 'spec'],
      items.map((i) => h('tr', h('td', i.name), h('td', i.unit), h('td.num', i.quantity_milli == null ? '' : i.quantity_milli / 1000), h('td', i.spec)))));
}

function photos(list) {
  if (!list.length) return null;
  return h('section.card', h('h2', t('photos'), ` (${list.length})`), h('div.photos', list.map((p) => {
    const meta = h('figcaption', `${p.category ?? ''} · ${when(p.taken_at)}`,
      p.lat == null ? '' : h('br'), p.lat == null ? '' : `${p.lat.toFixed(6)}, ${p.lon.toFixed(6)}${p.gps_accuracy_m == null ? '' : ` ±${p.gps_accuracy_m} m`}`);
    if (!p.on_server) return h('figure.missing', h('div.placeholder', t('missing_on_server')), meta);
    const full = `/api/v1/blobs/${p.sha256}`;
    return h('figure', h('img', {src: `${full}/thumb`, loading: 'lazy', alt: p.category ?? '', onclick: () => lightbox(full)}), meta);
  })));
}

function lightbox(src) {
  const box = h('div.lightbox', {onclick: () => box.remove(), tabindex: -1}, h('img', {src}));
  box.addEventListener('keydown', () => box.remove());
  document.body.append(box);
  box.focus();
}

function signatures(list, formHash) {
  return h('section.card', h('h2', t('signatures')),
    list.length ? table('signatures', ['role', 'name', 'signed_at', 'state'],
      list.map((s) => h('tr', h('td', label('signature_role', s.role)), h('td', s.signer_name), h('td', when(s.signed_at)),
        h('td', h(`span.badge.${s.state === 'valid' ? 'ok' : 'warn'}`, t(s.state)))))) : h('p.muted', t('none')),
    h('p.muted.mono', `${t('form_hash')}: ${formHash ?? ''}`));
}

// Every record of the household by id: a conflict names its record, whose rev is the
// base_rev of a resolution and whose field shows what the resolution left.
function recordsById(data) {
  const records = new Map([[data.household.id, data.household]]);
  for (const list of [data.members, data.items, data.photos, data.signatures]) for (const r of list || []) records.set(r.id, r);
  for (const b of data.buildings || []) {
    records.set(b.id, b);
    for (const p of b.parts) records.set(p.id, p);
  }
  return records;
}

function reviews(list) {
  if (!list.length) return null;
  return h('section.card', h('h2', t('reviews')), table('reviews', ['at', 'who', 'decision', 'review_comment', 'col_status'],
    list.map((r) => h('tr', h('td', when(r.at)), h('td', r.reviewer_name), h('td', t(r.decision)), h('td', r.comment),
      h('td', `${label('status', r.from_status)} → ${label('status', r.to_status)}`)))));
}

// What changed in each version of a record against its previous version in the log.
function history(list) {
  const previous = new Map();
  const rows = list.map((c) => {
    const before = previous.get(c.entity_id);
    previous.set(c.entity_id, c.fields || {});
    let change;
    if (c.op === 'delete') change = t('deleted');
    else if (!before) change = t('new_record');
    else {
      const after = c.fields || {};
      change = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]))
        .map((k) => `${k}: ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k] ?? null)}`).join('; ');
    }
    return h('tr', h('td', when(c.at)), h('td', c.user_name), h('td.mono', c.device_id), h('td', t(`entity_${c.entity}`)), h('td.change', change));
  }).reverse();
  return h('section.card', h('h2', t('history'), ` (${list.length})`),
    table('history', ['at', 'who', 'device', 'entity', 'change'], rows));
}
