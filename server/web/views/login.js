// SPDX-License-Identifier: Apache-2.0
// The login form; the server answers with the session cookie and the CSRF token.
import {ApiError, post} from '../api.js';
import {h, mount} from '../dom.js';
import {language, setLanguage, t} from '../i18n.js';

export function showLogin(view, onLoggedIn) {
  const message = h('p.error#login-error', {role: 'alert'});
  const username = h('input#username', {name: 'username', autocomplete: 'username', required: true});
  const password = h('input#password', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const form = h('form.login', {onsubmit: async (e) => {
    e.preventDefault();
    message.textContent = '';
    try {
      onLoggedIn(await post('/console/session', {username: username.value, password: password.value}));
    } catch (err) {
      message.textContent = err instanceof ApiError && err.code === 'rate_limited' ? t('rate_limited') : t('login_failed');
    }
  }},
  h('h1', t('app_title')),
  h('label', t('username'), username),
  h('label', t('password'), password),
  h('button#login-submit', {type: 'submit'}, t('login')),
  message,
  h('button.link', {type: 'button', onclick: () => { setLanguage(language() === 'zh' ? 'en' : 'zh'); showLogin(view, onLoggedIn); }}, t('language')));
  mount(view, form);
  username.focus();
}
