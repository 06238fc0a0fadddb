// SPDX-License-Identifier: Apache-2.0
// 台账 export: the whole ledger as one .xlsx workbook, or one sheet as CSV. Plain links: the
// session cookie authorises the download and the server audits it.
import {h, mount} from '../dom.js';
import {t} from '../i18n.js';

const SHEETS = ['households', 'members', 'buildings', 'parts'];

export function showLedger(view, projectId) {
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}/ledger`;
  mount(view, h('section.card.ledger',
    h('h1', t('ledger_title')),
    h('p.muted', t('ledger_note')),
    h('p', h('a.button.primary#ledger-xlsx', {href: `${base}.xlsx`, download: ''}, t('ledger_xlsx'))),
    h('ul.csv-links', SHEETS.map((s) => h('li', h('a', {id: `ledger-csv-${s}`, href: `${base}/${s}.csv`, download: ''}, t(`ledger_${s}`), ' (CSV)'))))));
  document.onkeydown = null;
}
