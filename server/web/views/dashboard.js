// SPDX-License-Identifier: Apache-2.0
// Progress of one project: households by status, signatures, per team and per street, photos
// missing on the server, open conflicts and the disclosure deadlines with what is overdue.
import {get} from '../api.js';
import {h, mount} from '../dom.js';
import {codesOf, label, t} from '../i18n.js';

export async function showDashboard(view, projectId) {
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}`;
  const [progress, deadlines] = await Promise.all([get(`${base}/progress`), get(`${base}/deadlines`)]);
  const present = codesOf('status').filter((c) => progress.by_status[c]);
  const max = Math.max(1, ...Object.values(progress.by_status));
  const queueLink = (status) => `#/queue/${projectId}?status=${status}`;

  mount(view, h('section.dashboard',
    h('div.tiles',
      tile('dash_total', progress.total),
      tile('dash_signed', progress.signatures.signed),
      tile('dash_refused', progress.by_status.refused ?? 0, progress.by_status.refused ? 'warn' : ''),
      tile('dash_absent', progress.by_status.absent ?? 0, progress.by_status.absent ? 'warn' : ''),
      tile('dash_witnessed', progress.signatures.witnessed),
      tile('dash_photos_missing', `${progress.photos.missing} / ${progress.photos.total}`, progress.photos.missing ? 'warn' : 'ok'),
      tile('dash_conflicts', progress.conflicts_open, progress.conflicts_open ? 'warn' : 'ok')),
    h('div.columns',
      h('section.card', h('h2', t('dash_by_status')), h('table.grid.bars#by-status', h('tbody',
        codesOf('status').map((c) => h('tr',
          h('td', h('a', {href: queueLink(c)}, label('status', c))),
          h('td.num', progress.by_status[c] ?? 0),
          h('td.bar', h('span', {class: `fill s-${c}`, dataset: {w: Math.round(100 * (progress.by_status[c] ?? 0) / max)}}))))))),
      h('section.card', h('h2', t('dash_deadlines'), ` (${deadlines.today})`), deadlineTable(deadlines.items))),
    groupTable('by-team', t('dash_by_team'), 'team_name', progress.by_team, present, 'no_team'),
    groupTable('by-street', t('dash_by_street'), 'street', progress.by_street, present)));
  // Widths come from data attributes: the CSP allows no inline style attributes.
  for (const bar of view.querySelectorAll('.fill')) bar.style.width = `${bar.dataset.w}%`;
}

function tile(key, value, tone = '') {
  return h(`div.tile${tone ? `.${tone}` : ''}`, h('div.value', value), h('div.label', t(key)));
}

// `what` heads the group names; `unnamed` names the group of the empty name (households of
// surveyors in no team).
function groupTable(id, title, what, groups, statuses, unnamed = 'none') {
  return h('section.card', h('h2', title), h(`table.grid#${id}`,
    h('thead', h('tr', h('th', t(what)), h('th.num', t('dash_total')), statuses.map((s) => h('th.num', label('status', s))))),
    h('tbody', groups.map((g) => h('tr', h('td', g.name || t(unnamed)), h('td.num', g.total),
      statuses.map((s) => h('td.num', g.by_status[s] ?? '')))))));
}

function deadlineTable(items) {
  if (!items.length) return h('p.muted', t('dash_no_deadlines'));
  return h('table.grid#deadlines',
    h('thead', h('tr', ['dash_item', 'dash_formed', 'dash_due', 'dash_disclosed', 'dash_posted_until', 'state'].map((k) => h('th', t(k))))),
    h('tbody', items.map((d) => h('tr', {class: d.overdue ? 'overdue' : null},
      h('td', t(`dash_${d.item}`)), h('td', d.formed_on), h('td', d.due_on), h('td', d.disclosed_on || '—'),
      h('td', d.posted_until || '—'),
      h('td', d.overdue ? h('span.badge.warn', t('dash_overdue')) : d.disclosed_on ? h('span.badge.ok', t('dash_disclosed_ok')) : t('dash_pending'))))));
}
