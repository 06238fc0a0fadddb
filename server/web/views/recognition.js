// SPDX-License-Identifier: Apache-2.0
// 认定: the buildings that need a department's decision; the decision is entered per building
// (status, department, decision number, date, basis) and its Art. 24 consequence shown.
import {get, post, query} from '../api.js';
import {h, m2, mount, toast, when} from '../dom.js';
import {label, t} from '../i18n.js';
import {canRecordRecognition} from '../session.js';

const DECIDED = ['legal', 'temporary_valid', 'temporary_expired', 'illegal', 'self_demolished', 'legalized'];
const last = {projectId: '', status: '', offset: 0};
const PAGE = 100;

export async function showRecognition(view, projectId) {
  if (last.projectId !== projectId) Object.assign(last, {projectId, status: '', offset: 0});
  const page = await get(`/api/v1/projects/${encodeURIComponent(projectId)}/recognition${query({status: last.status, offset: last.offset, limit: PAGE})}`);
  const reload = () => showRecognition(view, projectId);
  const filter = h('select#recognition-filter', {'aria-label': t('recognition'), onchange: (e) => { Object.assign(last, {status: e.target.value, offset: 0}); reload(); }},
    h('option', {value: ''}, t('all_statuses')),
    ['pending', ...DECIDED].map((c) => h('option', {value: c, selected: c === last.status}, label('recognition', c))));
  const body = h('tbody');
  for (const r of page.rows) body.append(row(r, body, reload));
  mount(view, h('section.recognition',
    h('div.toolbar', h('h1', t('recognition_title')), filter,
      h('span.muted', t('rows_of_buildings', {from: page.total ? last.offset + 1 : 0, to: last.offset + page.rows.length, total: page.total})),
      h('button', {type: 'button', disabled: last.offset === 0, onclick: () => { last.offset -= PAGE; reload(); }}, t('prev_page')),
      h('button', {type: 'button', disabled: last.offset + PAGE >= page.total, onclick: () => { last.offset += PAGE; reload(); }}, t('next_page'))),
    h('p.muted', t('art24_note')),
    h('table.grid#recognition', h('thead', h('tr', ['col_code', 'col_head', 'building', 'measured_area', 'actual_use', 'recognition',
      'department', 'decision_no', 'decided_on', 'consequence', ''].map((k) => h('th', k ? t(k) : '')))), body)));
  document.onkeydown = null;
}

function row(r, body, reload) {
  const comp = r.consequence.compensated;
  const tr = h('tr', {dataset: {id: r.id}},
    h('td', h('a', {href: `#/household/${r.household_id}`}, r.household_code)), h('td', r.head_name),
    h('td.num', r.no), h('td.num', m2(r.measured_area_dm2)), h('td', label('use', r.actual_use)),
    h('td', h(`span.status.r-${r.status}`, label('recognition', r.status))),
    h('td', r.department), h('td', r.decision_no), h('td', r.decided_on),
    h('td', h(`span.badge.${comp === 'yes' ? 'ok' : comp === 'no' ? 'warn' : 'plain'}`, {title: r.consequence.explanation}, t(`comp_${comp}`))),
    h('td', canRecordRecognition() ? h('button.decide', {type: 'button', onclick: () => openForm(r, tr, reload)}, t('record_decision')) : null));
  return tr;
}

function openForm(r, tr, reload) {
  tr.nextElementSibling?.classList.contains('decision-form') && tr.nextElementSibling.remove();
  const status = h('select', {name: 'status'}, DECIDED.map((c) => h('option', {value: c, selected: c === r.status}, label('recognition', c))));
  const department = h('input', {name: 'department', value: r.department ?? '', placeholder: t('department_hint')});
  const decisionNo = h('input', {name: 'decision_no', value: r.decision_no ?? ''});
  const decidedOn = h('input', {name: 'decided_on', type: 'date', value: r.decided_on ?? new Date().toISOString().slice(0, 10)});
  const basis = h('textarea', {name: 'basis', rows: 2}, r.basis ?? '');
  const consequence = h('p.consequence');
  const explain = async () => { consequence.textContent = t(`art24_${status.value}`); };
  status.addEventListener('change', explain);
  explain();
  const form = h('form.decision-grid', {onsubmit: async (e) => {
    e.preventDefault();
    try {
      const saved = await post(`/api/v1/buildings/${r.id}/recognition`, {status: status.value, department: department.value.trim(),
        decision_no: decisionNo.value.trim(), decided_on: decidedOn.value, basis: basis.value.trim()});
      toast(`${t('recognition_saved')}: ${t(`comp_${saved.consequence.compensated}`)}`);
      reload();
    } catch (err) {
      toast(`${t('error')}: ${err.message}`, true);
    }
  }},
  h('label', t('recognition'), status), h('label', t('department'), department), h('label', t('decision_no'), decisionNo),
  h('label', t('decided_on'), decidedOn), h('label.wide', t('basis'), basis), consequence,
  h('div.buttons', h('button.primary#save-decision', {type: 'submit'}, t('save')),
    h('button', {type: 'button', onclick: () => formRow.remove()}, t('cancel'))));
  const formRow = h('tr.decision-form', h('td', {colspan: 11}, form));
  tr.after(formRow);
  department.focus();
}
