// SPDX-License-Identifier: Apache-2.0
// Boots the console: asks who is logged in, draws the top bar and routes by the URL hash
// (#/queue/<project>, #/household/<id>), so that reload and back keep the reviewer's place.
import {ApiError, get, post, setCsrfToken} from './api.js';
import {h, mount, toast} from './dom.js';
import {language, setLanguage, t} from './i18n.js';
import {canReview, isDepartment, session} from './session.js';
import {showAdmin} from './views/admin.js';
import {showDashboard} from './views/dashboard.js';
import {showHousehold} from './views/household.js';
import {showLedger} from './views/ledger.js';
import {showLogin} from './views/login.js';
import {showNotices} from './views/notices.js';
import {showQueue} from './views/queue.js';
import {showRecognition} from './views/recognition.js';

const state = {user: null, projects: [], projectId: localStorage.getItem('console.project') || ''};

function drawTopbar() {
  const bar = document.getElementById('topbar');
  bar.hidden = !state.user;
  if (!state.user) return;
  const select = h('select#project', {'aria-label': t('project'), onchange: (e) => {
    state.projectId = e.target.value;
    localStorage.setItem('console.project', state.projectId);
    location.hash = `#/queue/${state.projectId}`;
  }}, state.projects.map((p) => h('option', {value: p.id, selected: p.id === state.projectId}, `${p.code} ${p.name}`)));
  const current = location.hash.split('/')[1] || 'queue';
  const link = (kind, key) => h(`a#nav-${kind}`, {href: `#/${kind}/${state.projectId}`, class: current === kind ? 'active' : null}, t(key));
  mount(bar,
    h('strong.brand', t('app_title')),
    h('label.project', t('project'), ' ', select),
    h('nav',
      // A department reads households and decides 认定; the rest of the office is not its work.
      link('queue', isDepartment() ? 'households_nav' : 'queue'), isDepartment() ? null : link('dashboard', 'dashboard'), link('recognition', 'recognition_title'),
      canReview() ? link('notices', 'notices_title') : null, canReview() ? link('ledger', 'ledger_title') : null,
      state.user.role === 'admin' ? link('admin', 'admin') : null),
    h('span.spacer'),
    h('span.user', `${state.user.name} · ${t(`role_${state.user.role}`)}`),
    h('button.link#lang', {type: 'button', onclick: () => { setLanguage(language() === 'zh' ? 'en' : 'zh'); route(); }}, t('language')),
    h('button.link#logout', {type: 'button', onclick: logout}, t('logout')));
}

async function logout() {
  try {
    await post('/console/logout');
  } finally {
    state.user = session.user = null;
    setCsrfToken('');
    route();
  }
}

async function loadSession() {
  try {
    const whoami = await get('/console/session');
    state.user = session.user = whoami.user;
    setCsrfToken(whoami.csrf_token);
    state.projects = (await get('/api/v1/projects')).projects || [];
    if (!state.projects.some((p) => p.id === state.projectId)) state.projectId = state.projects[0]?.id || '';
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) throw e;
    state.user = session.user = null;
  }
}

/** Draws the view the hash names. */
export async function route() {
  document.title = t('app_title');
  drawTopbar();
  const view = document.getElementById('view');
  if (!state.user) {
    return showLogin(view, async (loggedIn) => {
      setCsrfToken(loggedIn.csrf_token);
      await loadSession();
      route();
    });
  }
  const [path, search] = location.hash.split('?');
  const [, kind, id] = path.split('/');
  const params = new URLSearchParams(search || '');
  try {
    if (kind === 'household' && id) return await showHousehold(view, id);
    const projectId = id || state.projectId;
    if (projectId !== state.projectId) {
      state.projectId = projectId;
      localStorage.setItem('console.project', projectId);
      drawTopbar();
    }
    if (kind === 'dashboard') return await showDashboard(view, projectId);
    if (kind === 'recognition') return await showRecognition(view, projectId);
    if (kind === 'ledger') return showLedger(view, projectId);
    if (kind === 'notices') return await showNotices(view, projectId);
    if (kind === 'admin') return await showAdmin(view, projectId);
    return await showQueue(view, projectId, params);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      state.user = session.user = null;
      return route();
    }
    toast(`${t('error')}: ${e.message}`, true);
    throw e;
  }
}

window.addEventListener('hashchange', route);
setLanguage(language());
loadSession().then(route);
