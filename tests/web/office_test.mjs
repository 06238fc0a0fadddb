// SPDX-License-Identifier: Apache-2.0
// The rest of the back office in a real browser: the progress dashboard, a 认定 decision with
// its Art. 24 consequence, a posting preview and a batch of notices (download, void,
// re-issue), the ledger export as .xlsx and CSV, and the admin pages with the audit chain.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {openBrowser} from './browser.mjs';
import {demoData, startServer} from './server.mjs';

const out = process.env.SURVEY_WEB_OUT || '.';
// Full-page shots from the top: Chromium draws sticky headers where the scroll position puts them.
const shot = async (page, name) => { await page.evaluate(() => window.scrollTo(0, 0)); return page.screenshot({path: join(out, `${name}.png`), fullPage: true}); };

// What the test answers to the page's prompts, in order, and the messages of all its dialogs.
const promptAnswers = [];
const dialogMessages = [];

// Clicks and waits until the view has been drawn anew (the console redraws after a change).
async function clickAndRedraw(page, selector) {
  await page.$eval('#view', (view) => { view.firstElementChild.dataset.stale = '1'; });
  await page.click(selector);
  await page.waitForFunction(() => !document.querySelector('#view > [data-stale]'));
}

async function login(page, url, user, password) {
  await page.goto(`${url}/`);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('#login-submit');
  await page.waitForSelector('#topbar:not([hidden])');
}

// Survey results formed in October and never posted: the dashboard must call that overdue.
async function formSurveyResults(request, url, password) {
  const {token} = await (await request.post(`${url}/api/v1/auth/login`, {
    data: {username: 'admin1', password, device_id: 'office-test-setup'}})).json();
  const headers = {Authorization: `Bearer ${token}`};
  const [project] = (await (await request.get(`${url}/api/v1/projects`, {headers})).json()).projects;
  const res = await request.put(`${url}/api/v1/projects/${project.id}/settings`, {headers,
    data: {survey_results_formed_on: '2026-10-20', authority: '武昌区房屋征收办公室'}});
  assert.equal(res.status(), 200);
}

async function dashboard(page) {
  await page.click('#nav-dashboard');
  await page.waitForSelector('#by-status');
  const total = await page.textContent('.tile .value');
  assert.equal(total, '40');
  assert.ok(await page.$$eval('#by-street tbody tr', (r) => r.length) >= 3, 'three demo streets');
  assert.ok(await page.$('#by-team tbody tr'), 'per team');
  assert.match(await page.textContent('#deadlines'), /已逾期/);
  await shot(page, 'dashboard');
}

async function recognition(page) {
  await page.click('#nav-recognition');
  await page.waitForSelector('#recognition tbody tr');
  await page.selectOption('#recognition-filter', 'pending');
  await page.waitForFunction(() => document.querySelector('#recognition-filter').value === 'pending' &&
    [...document.querySelectorAll('#recognition tbody tr')].every((r) => r.textContent.includes('待认定')));
  const id = await page.getAttribute('#recognition tbody tr:first-child', 'data-id');
  await page.click('#recognition tbody tr:first-child button.decide');
  await page.selectOption('.decision-grid select[name=status]', 'temporary_expired');
  assert.match(await page.textContent('.decision-grid .consequence'), /不予补偿/);
  await page.fill('.decision-grid input[name=department]', '武昌区城市管理执法局');
  await page.fill('.decision-grid input[name=decision_no]', '武昌城管认〔2026〕17号');
  await page.fill('.decision-grid input[name=decided_on]', '2026-11-20');
  await page.fill('.decision-grid textarea[name=basis]', '临时建设工程规划许可证已于2019年到期');
  await shot(page, 'recognition-form');
  await page.click('#save-decision');
  // Saved and reloaded: the building has left the pending list.
  await page.waitForFunction((bid) => !document.querySelector(`#recognition tbody tr[data-id="${bid}"]`), id);
  await page.selectOption('#recognition-filter', 'temporary_expired');
  await page.waitForSelector(`#recognition tbody tr[data-id="${id}"]`);
  assert.match(await page.textContent(`#recognition tbody tr[data-id="${id}"]`), /武昌城管认〔2026〕17号.*不予补偿/);
  await shot(page, 'recognition');
}

async function notices(page, context, url) {
  await page.click('#nav-notices');
  await page.waitForSelector('#notice-kind');
  // The posting table previewed before issuing: a PDF, numbered PREVIEW, nothing recorded.
  await page.selectOption('#notice-kind', 'survey_posting');
  const previewUrl = await page.getAttribute('#notice-preview', 'href');
  const preview = await context.request.get(`${url}${previewUrl}`);
  assert.equal(preview.status(), 200);
  assert.equal(preview.headers()['content-type'], 'application/pdf');
  assert.equal((await preview.body()).subarray(0, 5).toString(), '%PDF-');
  assert.equal(await page.$$eval('#notices tbody tr', (r) => r.length), 0);

  await page.selectOption('#notice-kind', 'survey_notice');
  await page.click('#notice-batch');
  await page.waitForSelector('#notices tbody tr', {timeout: 240_000});
  const issued = await page.$$eval('#notices tbody tr', (r) => r.length);
  assert.equal(issued, 40, 'a survey notice for every household');
  const first = await page.$('#notices tbody tr:first-child');
  const serial = await first.$eval('td.mono', (e) => e.textContent);
  const pdf = await context.request.get(`${url}${await first.$eval('.actions a', (a) => a.getAttribute('href'))}`);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  // Re-issue voids the old one; the verify page says so.
  await first.$eval('button:last-of-type', (b) => b.click());
  await page.waitForFunction((s) => [...document.querySelectorAll('#notices tbody tr.void td.mono')].some((e) => e.textContent === s), serial);
  const verify = await (await context.request.get(`${url}/verify/${serial}`)).text();
  assert.match(verify, /作废|void/i);
  await shot(page, 'notices');
}

async function ledger(page, context, url) {
  await page.click('#nav-ledger');
  await page.waitForSelector('#ledger-xlsx');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ledger-xlsx')]);
  const file = join(out, 'ledger.xlsx');
  await download.saveAs(file);
  const {readFileSync} = await import('node:fs');
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip');
  assert.ok(bytes.length > 5000);
  const csv = await context.request.get(`${url}${await page.getAttribute('#ledger-csv-buildings', 'href')}`);
  const text = await csv.text();
  assert.match(text, /^\uFEFF?户号,幢号,结构/);
  assert.match(text, /武昌城管认〔2026〕17号/);
  assert.ok(text.trim().split("\r\n").length > 10);
  await shot(page, 'ledger');
}

async function admin(page) {
  await page.click('#nav-admin');
  await page.waitForSelector('#chain-state');
  assert.match(await page.textContent('#chain-state'), /哈希链完整/);
  assert.match(await page.textContent('#audit'), /building\.recognition\.decide/);
  assert.match(await page.textContent('#audit'), /project\.ledger\.export/);
  await page.selectOption('#set-grade', '3');
  await page.fill('#set-holidays', '2026-10-01 2026-10-02');
  await clickAndRedraw(page, '#save-settings');
  assert.equal(await page.inputValue('#set-grade'), '3');
  assert.match(await page.inputValue('#set-holidays'), /2026-10-02/);
  await page.fill('#new-user-name', 'surveyor9');
  await page.fill('#new-user-password', 'long-enough-password');
  await clickAndRedraw(page, '#create-user');
  await page.waitForSelector('#users tr[data-user="surveyor9"]');
  // Teams: the demo's 第一调查组 holds surveyor1; a new team takes surveyor1 over.
  assert.match(await page.textContent('#teams'), /第一调查组/);
  await page.fill('#new-team-name', '第二调查组');
  await clickAndRedraw(page, '#create-team');
  await page.waitForSelector('#teams tr[data-team="第二调查组"]');
  await page.$eval('#view', (view) => { view.firstElementChild.dataset.stale = '1'; });
  await page.selectOption('#team-members tr[data-user="surveyor1"] select', {label: '第二调查组'});
  await page.waitForFunction(() => !document.querySelector('#view > [data-stale]'));
  assert.match(await page.textContent('#teams tr[data-team="第二调查组"]'), /调查员一/);
  assert.match(await page.textContent('#teams tr[data-team="第一调查组"]'), /第一调查组\s*0/);
  await (await page.$('.teams')).screenshot({path: join(out, 'admin-teams.png')});
  // A team made by mistake is renamed, then deleted after a confirmation that names it.
  await page.fill('#new-team-name', '临时组');
  await clickAndRedraw(page, '#create-team');
  promptAnswers.push('第三调查组');
  await clickAndRedraw(page, '#teams tr[data-team="临时组"] button.rename-team');
  assert.match(dialogMessages.at(-1), /临时组/);
  await page.waitForSelector('#teams tr[data-team="第三调查组"]');
  await clickAndRedraw(page, '#teams tr[data-team="第三调查组"] button.delete-team');
  assert.match(dialogMessages.at(-1), /删除调查组“第三调查组”/);
  assert.equal(await page.$('#teams tr[data-team="第三调查组"]'), null);
  assert.ok(await page.$('#teams tr[data-team="第二调查组"]'), 'the other teams stay');
  // Revoke the set-up tablet's token; the row then reads revoked.
  await page.$eval('#devices tbody tr:has(td:text-is("office-test-setup"))', (row) => { row.dataset.target = '1'; });
  await clickAndRedraw(page, '#devices tr[data-target] button.danger');
  assert.match(await page.textContent('#devices tbody tr:has(td:text-is("office-test-setup"))'), /已吊销/);
  await shot(page, 'admin');
}

// The dashboard counts the households by the team of the surveyor who surveyed them.
async function teamsOnDashboard(page) {
  await page.click('#nav-dashboard');
  await page.waitForSelector('#by-team');
  assert.equal(await page.textContent('#by-team th:first-child'), '组名');
  assert.match(await page.textContent('#by-team tr:has(td:text-is("第二调查组"))'), /第二调查组\s*40/);
  assert.match(await page.textContent('#by-team tr:has(td:text-is("第一调查组"))'), /第一调查组\s*0/);
  await (await page.$('#by-team')).screenshot({path: join(out, 'dashboard-teams.png')});
}

// A recognition department (认定部门) reads households and records 认定 decisions, and
// nothing else: no progress, notices, ledger or admin, no approval even by a direct call.
async function departmentDecides(page, url, password) {
  await page.click('#logout');
  await page.waitForSelector('#login-submit');
  await login(page, url, 'department1', password);
  for (const nav of ['#nav-dashboard', '#nav-notices', '#nav-ledger', '#nav-admin']) assert.equal(await page.$(nav), null, nav);
  assert.equal(await page.textContent('#nav-queue'), '户列表');
  await page.click('#nav-recognition');
  await page.waitForSelector('#recognition tbody tr button.decide');
  await page.selectOption('#recognition-filter', 'pending');
  await page.waitForFunction(() => document.querySelector('#recognition-filter').value === 'pending' &&
    [...document.querySelectorAll('#recognition tbody tr')].every((r) => r.textContent.includes('待认定')));
  const id = await page.getAttribute('#recognition tbody tr:first-child', 'data-id');
  await page.click('#recognition tbody tr:first-child button.decide');
  await page.selectOption('.decision-grid select[name=status]', 'temporary_valid');
  await page.fill('.decision-grid input[name=department]', '武昌区自然资源和规划局');
  await page.fill('.decision-grid input[name=decision_no]', '武自规认〔2026〕3号');
  await page.fill('.decision-grid input[name=decided_on]', '2026-11-25');
  await page.fill('.decision-grid textarea[name=basis]', '临时建设工程规划许可证在有效期内');
  await shot(page, 'department-recognition-form');
  await page.click('#save-decision');
  await page.waitForFunction((bid) => !document.querySelector(`#recognition tbody tr[data-id="${bid}"]`), id);
  await page.selectOption('#recognition-filter', 'temporary_valid');
  await page.waitForSelector(`#recognition tbody tr[data-id="${id}"]`);
  assert.match(await page.textContent(`#recognition tbody tr[data-id="${id}"]`), /武自规认〔2026〕3号.*予以补偿/);

  // A submitted household: readable, but no approve or return for a department.
  await page.click('#nav-queue');
  await page.waitForSelector('#queue tbody tr');
  await page.click('#queue tbody tr:first-child td.code a');
  await page.waitForSelector('#hh-status');
  assert.equal(await page.textContent('#hh-status'), '已提交');
  assert.equal(await page.$('#approve'), null);
  assert.equal(await page.$('#return'), null);
  await shot(page, 'department-household');
  const refused = await page.evaluate(async () => {
    const api = await import('/console/api.js');
    const id = location.hash.split('/').at(-1);
    const {household} = await api.get(`/api/v1/households/${id}`);
    try {
      await api.post(`/api/v1/households/${id}/review`, {decision: 'approve', base_rev: household.rev});
      return 'approved';
    } catch (e) {
      return `${e.status} ${e.code}`;
    }
  });
  assert.equal(refused, '403 forbidden');
}

// A surveyor in the console has the API's rights and no more: no issuing, no export.
async function surveyorIsLimited(page, url, password) {
  await page.click('#logout');
  await page.waitForSelector('#login-submit');
  await login(page, url, 'surveyor1', password);
  await page.waitForSelector('#queue');
  assert.equal(await page.$('#nav-notices'), null);
  assert.equal(await page.$('#nav-ledger'), null);
  assert.equal(await page.$('#nav-admin'), null);
  const statuses = await page.evaluate(async () => {
    const {projects} = await (await fetch('/api/v1/projects')).json();
    const ledger = await fetch(`/api/v1/projects/${projects[0].id}/ledger.xlsx`);
    const users = await fetch('/api/v1/admin/users');
    return [ledger.status, users.status];
  });
  assert.deepEqual(statuses, [403, 403]);
}

async function main() {
  // Only the end of the happy path passes; any way out before it fails.
  process.exitCode = 1;
  const data = demoData();
  const server = await startServer(data.dir);
  const browser = await openBrowser();
  try {
    const {context} = browser;
    const page = await context.newPage();
    const problems = [];
    // Refusals the test provokes (no session yet, a wrong password, a forged change) are
    // logged by Chromium as failed loads; anything else, CSP reports included, is a fault.
    const expected = /^Failed to load resource: the server responded with a status of 40[13] /;
    page.on('console', (m) => { if (m.type() === 'error' && !expected.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('dialog', (d) => {
      dialogMessages.push(d.message());
      return d.accept(d.type() === 'prompt' ? promptAnswers.shift() : undefined);
    });
    await formSurveyResults(context.request, server.url, data.logins.admin1);
    await login(page, server.url, 'admin1', data.logins.admin1);
    await dashboard(page);
    await recognition(page);
    await notices(page, context, server.url);
    await ledger(page, context, server.url);
    await admin(page);
    await teamsOnDashboard(page);
    await departmentDecides(page, server.url, data.logins.department1);
    await surveyorIsLimited(page, server.url, data.logins.surveyor1);
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    console.log('office browser test passed');
    process.exitCode = 0;
  } catch (e) {
    // What the page showed when a step failed, next to the other screenshots.
    for (const page of browser.context.pages()) await shot(page, 'failure-office').catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
    data.cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
