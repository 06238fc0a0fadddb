// SPDX-License-Identifier: Apache-2.0
// Administration: project settings and calendar, survey teams of the project, projects,
// accounts with roles and project assignments, devices (revoke), and the audit log with its
// hash-chain state.
import {del, get, post, putJson as put, query} from '../api.js';
import {h, mount, toast, when} from '../dom.js';
import {t} from '../i18n.js';

const ROLES = ['surveyor', 'reviewer', 'department', 'admin'];
const TEXT_SETTINGS = [['authority', 'text'], ['contact_name', 'text'], ['contact_phone', 'text'], ['posted_at', 'text'],
  ['survey_from', 'date'], ['survey_to', 'date'], ['evidence_deadline', 'date'], ['objection_to', 'text'],
  ['survey_results_formed_on', 'date'], ['recognition_results_formed_on', 'date']];

async function guarded(action, okKey, reload) {
  try {
    await action();
    toast(t(okKey));
  } catch (e) {
    toast(`${t('error')}: ${e.message}`, true);
  }
  reload();
}

export async function showAdmin(view, projectId) {
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}`;
  const [{projects}, settings, holidays, teams, {users}, {devices}, audit] = await Promise.all([
    get('/api/v1/projects'), get(`${base}/settings`), get(`${base}/holidays`), get(`${base}/teams`),
    get('/api/v1/admin/users'), get('/api/v1/admin/devices'), get(`/api/v1/admin/audit${query({limit: 50, verify: 1})}`)]);
  const project = projects.find((p) => p.id === projectId) || projects[0];
  const reload = () => showAdmin(view, projectId);
  mount(view, h('section.admin',
    h('h1', t('admin_title')),
    projectSettings(project, settings, holidays, base, reload),
    teamsCard(project, teams, base, reload),
    newProject(reload),
    accounts(users, projects, reload),
    deviceList(devices, users, reload),
    auditLog(audit)));
  document.onkeydown = null;
}

function projectSettings(project, settings, holidays, base, reload) {
  const grade = h('select#set-grade', [1, 2, 3].map((g) => h('option', {value: g, selected: g === project.area_grade}, t('grade_n', {n: g}))));
  const accuracy = h('input#set-accuracy', {type: 'number', min: 1, max: 1000, step: 'any', value: project.gps_max_accuracy_m});
  const age = h('input#set-age', {type: 'number', min: 1, max: 3600, value: project.gps_max_age_s});
  const posting = h('input#set-posting', {type: 'number', min: 1, max: 60, value: settings.posting_days});
  const holidayText = h('textarea#set-holidays', {rows: 3}, holidays.dates.join(' '));
  const workdayText = h('textarea#set-workdays', {rows: 2}, holidays.workdays.join(' '));
  const dates = (el) => el.value.split(/[\s,，]+/).filter(Boolean);
  // What the notices print and what the disclosure deadlines count from.
  const texts = Object.fromEntries(TEXT_SETTINGS.map(([key, type]) =>
    [key, h('input', {name: key, type, value: settings[key] ?? ''})]));
  return h('section.card', h('h2', t('admin_project'), ` ${project.code} ${project.name}`),
    h('div.form-grid',
      h('label', t('area_grade'), grade), h('label', t('gps_accuracy'), accuracy), h('label', t('gps_age'), age),
      h('label', t('posting_days'), posting),
      TEXT_SETTINGS.map(([key]) => h('label', t(`setting_${key}`), texts[key])),
      h('label.wide', t('holidays'), holidayText), h('label.wide', t('workdays'), workdayText)),
    h('button.primary#save-settings', {type: 'button', onclick: () => guarded(async () => {
      await put(`${base}/survey-settings`, {area_grade: Number(grade.value), gps_max_accuracy_m: Number(accuracy.value), gps_max_age_s: Number(age.value)});
      await put(`${base}/settings`, {posting_days: Number(posting.value),
        ...Object.fromEntries(TEXT_SETTINGS.map(([key]) => [key, texts[key].value.trim()]))});
      await put(`${base}/holidays`, {dates: dates(holidayText), workdays: dates(workdayText)});
    }, 'saved', reload)}, t('save')));
}

// Survey teams (调查组) of the project: the dashboard counts households by the team of the
// surveyor who surveyed them. A surveyor is in one team of a project at most.
function teamsCard(project, {teams, surveyors}, base, reload) {
  const name = h('input#new-team-name', {placeholder: t('team_name'), 'aria-label': t('team_name'), maxlength: 40});
  const create = () => {
    if (!name.value.trim()) return toast(t('team_name_required'), true);
    return guarded(() => post(`${base}/teams`, {name: name.value.trim()}), 'team_created', reload);
  };
  const rename = (team) => {
    const name = prompt(t('team_rename_prompt', {name: team.name}), team.name);
    if (name === null || name.trim() === team.name) return;
    if (!name.trim()) return toast(t('team_name_required'), true);
    return guarded(() => put(`${base}/teams/${team.id}`, {name: name.trim()}), 'team_renamed', reload);
  };
  const remove = (team) => {
    if (!confirm(t('team_delete_confirm', {name: team.name, n: team.members.length}))) return;
    return guarded(() => del(`${base}/teams/${team.id}`), 'team_deleted', reload);
  };
  const choose = (s) => h('select.team-of', {'aria-label': t('team_of', {name: s.name}), dataset: {user: s.username},
    onchange: (e) => guarded(() => put(`${base}/team-members`, {user_id: s.id, team_id: e.target.value || null}), 'saved', reload)},
  h('option', {value: ''}, t('no_team')),
  teams.map((team) => h('option', {value: team.id, selected: team.id === s.team_id}, team.name)));
  return h('section.card.teams', h('h2', t('teams'), ` ${project.code}`),
    h('div.columns',
      h('div', h('h3', t('team_list')), teams.length ? h('table.grid#teams',
        h('thead', h('tr', h('th', t('team_name')), h('th.num', t('team_size')), h('th', t('team_members')), h('th', ''))),
        h('tbody', teams.map((team) => h('tr', {dataset: {team: team.name}}, h('td', team.name), h('td.num', team.members.length),
          h('td', team.members.map((m) => m.name).join('、') || '—'),
          h('td.actions', h('button.rename-team', {type: 'button', onclick: () => rename(team)}, t('team_rename')),
            h('button.danger.delete-team', {type: 'button', onclick: () => remove(team)}, t('team_delete'))))))) : h('p.muted', t('no_teams')),
      h('div.inline-form', name, h('button#create-team', {type: 'button', onclick: create}, t('create_team')))),
      h('div', h('h3', t('team_surveyors')), surveyors.length ? h('table.grid#team-members',
        h('thead', h('tr', h('th', t('username')), h('th', t('name')), h('th', t('team')))),
        h('tbody', surveyors.map((s) => h('tr', {dataset: {user: s.username}}, h('td', s.username), h('td', s.name), h('td', choose(s))))))
        : h('p.muted', t('no_surveyors_assigned')))));
}

function newProject(reload) {
  const code = h('input#new-project-code', {placeholder: 'CODE'});
  const name = h('input#new-project-name', {placeholder: t('name')});
  const freeze = h('input', {type: 'date', 'aria-label': t('freeze_date')});
  return h('section.card', h('h2', t('new_project')), h('div.inline-form', code, name, h('label', t('freeze_date'), freeze),
    h('button', {type: 'button', onclick: () => guarded(() => post('/api/v1/admin/projects', {code: code.value.trim(), name: name.value.trim(), freeze_date: freeze.value}), 'saved', reload)}, t('create'))));
}

function accounts(users, projects, reload) {
  const username = h('input#new-user-name', {placeholder: t('username'), autocomplete: 'off'});
  const display = h('input', {placeholder: t('name')});
  const role = h('select#new-user-role', ROLES.map((r) => h('option', {value: r}, t(`role_${r}`))));
  const password = h('input#new-user-password', {type: 'password', placeholder: t('password'), autocomplete: 'new-password'});
  const rows = users.map((u) => {
    const roleSel = h('select', ROLES.map((r) => h('option', {value: r, selected: r === u.role}, t(`role_${r}`))));
    const disabled = h('input', {type: 'checkbox', checked: u.disabled});
    const boxes = projects.map((p) => h('label.check', h('input', {type: 'checkbox', value: p.id, checked: u.projects.includes(p.id)}), p.code));
    return h('tr', {dataset: {user: u.username}}, h('td', u.username), h('td', u.name), h('td', roleSel), h('td', h('label.check', disabled, t('disabled'))),
      h('td', boxes), h('td', h('button', {type: 'button', onclick: () => guarded(() => post(`/api/v1/admin/users/${u.id}`, {
        role: roleSel.value, disabled: disabled.checked,
        projects: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value)}), 'saved', reload)}, t('save'))));
  });
  return h('section.card', h('h2', t('accounts')),
    h('table.grid#users', h('thead', h('tr', ['username', 'name', 'role', 'state', 'assignments', ''].map((k) => h('th', k ? t(k) : '')))), h('tbody', rows)),
    h('div.inline-form', username, display, role, password,
      h('button#create-user', {type: 'button', onclick: () => guarded(() => post('/api/v1/admin/users', {
        username: username.value.trim(), name: display.value.trim(), role: role.value, password: password.value, projects: []}), 'saved', reload)}, t('create'))));
}

function deviceList(devices, users, reload) {
  return h('section.card', h('h2', t('devices')), h('table.grid#devices',
    h('thead', h('tr', ['device', 'username', 'last_login', 'expires', 'state', ''].map((k) => h('th', k ? t(k) : '')))),
    h('tbody', devices.map((d) => h('tr', h('td.mono', d.device_id), h('td', `${d.name} (${d.username})`), h('td', when(d.last_login)),
      h('td', when(new Date(d.expires_at * 1000).toISOString())),
      h('td', d.live_tokens ? h('span.badge.ok', t('live')) : h('span.badge.plain', t('revoked'))),
      h('td', d.live_tokens ? h('button.danger', {type: 'button', onclick: () => guarded(
        () => post('/api/v1/auth/revoke', {user_id: d.user_id, device_id: d.device_id}), 'revoked', reload)}, t('revoke')) : null))))));
}

function auditLog(audit) {
  const chain = audit.chain;
  return h('section.card', h('h2', t('audit_log'), ' ',
    chain.ok ? h('span.badge.ok#chain-state', t('chain_ok', {n: chain.rows}))
      : h('span.badge.warn#chain-state', t('chain_broken', {seq: chain.broken_seq, reason: chain.reason}))),
  h('table.grid#audit', h('thead', h('tr', ['seq', 'at', 'who', 'action', 'subject', 'detail'].map((k) => h('th', t(k))))),
    h('tbody', audit.rows.map((r) => h('tr', h('td.num', r.seq), h('td', when(r.at)), h('td', r.actor_name ?? r.actor ?? ''),
      h('td.mono', r.action), h('td.mono', r.subject ?? ''),
      h('td.change', {title: r.detail_json}, r.detail_json.length > 160 ? `${r.detail_json.slice(0, 160)}…` : r.detail_json))))));
}
