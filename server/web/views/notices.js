// SPDX-License-Identifier: Apache-2.0
// Notices: issue one (by household code) or a batch, preview a posting table before issuing,
// download, void and re-issue, with each notice's public verify link.
import {get, post, query} from '../api.js';
import {h, mount, toast, when} from '../dom.js';
import {t} from '../i18n.js';

const KINDS = ['survey_notice', 'registration_form', 'survey_posting', 'recognition_notice', 'recognition_posting'];
const POSTINGS = new Set(['survey_posting', 'recognition_posting']);

export async function showNotices(view, projectId) {
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}/notices`;
  const {notices} = await get(base);
  const reload = () => showNotices(view, projectId);
  const kind = h('select#notice-kind', {'aria-label': t('notice_kind')}, KINDS.map((k) => h('option', {value: k}, t(`kind_${k}`))));
  const code = h('input#notice-household', {placeholder: t('col_code'), 'aria-label': t('col_code')});
  const preview = h('a.button#notice-preview', {target: '_blank', rel: 'noopener'}, t('notice_preview'));
  const sync = () => {
    code.disabled = POSTINGS.has(kind.value);
    preview.hidden = !POSTINGS.has(kind.value);
    preview.href = `${base}/preview/${kind.value}.pdf`;
  };
  kind.addEventListener('change', sync);
  sync();

  async function issue(body, batch = false) {
    try {
      const result = await post(batch ? `${base}/batch` : base, body);
      toast(batch ? t('notice_batch_done', {n: result.notices.length}) : `${t('notice_issued')} ${result.serial}`);
    } catch (e) {
      toast(`${t('error')}: ${e.message}`, true);
    }
    reload();
  }
  async function issueOne() {
    if (POSTINGS.has(kind.value)) return issue({kind: kind.value});
    const page = await get(`/api/v1/projects/${encodeURIComponent(projectId)}/households${query({q: code.value.trim(), limit: 20})}`);
    const household = page.rows.find((r) => r.code === code.value.trim());
    if (!household) return toast(t('notice_no_household'), true);
    return issue({kind: kind.value, household_id: household.id});
  }
  async function voidNotice(n) {
    if (!confirm(t('notice_void_confirm', {serial: n.serial}))) return;
    try {
      await post(`/api/v1/notices/${n.id}/void`);
      toast(t('notice_voided'));
    } catch (e) {
      toast(`${t('error')}: ${e.message}`, true);
    }
    reload();
  }

  const codes = await householdCodes(projectId, notices);
  mount(view, h('section.notices',
    h('div.toolbar', h('h1', t('notices_title')), kind, code,
      h('button.primary#notice-issue', {type: 'button', onclick: issueOne}, t('notice_issue')),
      h('button#notice-batch', {type: 'button', onclick: () => {
        if (POSTINGS.has(kind.value)) return toast(t('notice_batch_posting'), true);
        if (confirm(t('notice_batch_confirm', {kind: t(`kind_${kind.value}`)}))) issue({kind: kind.value}, true);
      }}, t('notice_batch')),
      preview),
    h('table.grid#notices', h('thead', h('tr', ['notice_serial', 'notice_kind', 'col_code', 'notice_issued_on', 'state', ''].map((k) => h('th', k ? t(k) : '')))),
      h('tbody', notices.map((n) => h('tr', {class: n.status === 'void' ? 'void' : null, dataset: {id: n.id}},
        h('td.mono', n.serial), h('td', t(`kind_${n.kind}`)), h('td', codes.get(n.household_id) ?? ''), h('td', n.issued_on),
        h('td', n.status === 'void' ? h('span.badge.warn', `${t('notice_void')} ${when(n.voided_at)}`) : h('span.badge.ok', t('notice_current'))),
        h('td', h('div.actions',
          h('a', {href: n.url, target: '_blank', rel: 'noopener'}, t('notice_download')),
          h('a', {href: `/verify/${n.serial}`, target: '_blank', rel: 'noopener'}, t('notice_verify')),
          n.status === 'current' ? h('button', {type: 'button', onclick: () => voidNotice(n)}, t('notice_void_action')) : null,
          n.status === 'current' ? h('button', {type: 'button', onclick: () => issue({kind: n.kind, household_id: n.household_id ?? undefined})}, t('notice_reissue')) : null))))))));
  document.onkeydown = null;
}

// Household codes for the notices' household ids, from the households the list names.
async function householdCodes(projectId, notices) {
  const codes = new Map();
  const wanted = new Set(notices.map((n) => n.household_id).filter(Boolean));
  for (let offset = 0; wanted.size > codes.size; offset += 200) {
    const page = await get(`/api/v1/projects/${encodeURIComponent(projectId)}/households${query({offset, limit: 200})}`);
    for (const r of page.rows) if (wanted.has(r.id)) codes.set(r.id, r.code);
    if (offset + 200 >= page.total) break;
  }
  return codes;
}
