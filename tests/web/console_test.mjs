// SPDX-License-Identifier: Apache-2.0
// The console in a real browser against the real server: login, the review queue (filter,
// search, keyboard), a household, return with a comment that the tablet pulls, the
// surveyor's resubmission, approval, and the English switch. Screenshots go to
// SURVEY_WEB_OUT for a person to look at.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {openBrowser} from './browser.mjs';
import {demoData, startServer} from './server.mjs';

const out = process.env.SURVEY_WEB_OUT || '.';
// Full-page shots from the top: Chromium paints sticky elements (top bar, table headers) where the
// current scroll offset puts them, so a scrolled page shows them mid-page and headers under rows.
const shot = async (page, name) => { await page.evaluate(() => window.scrollTo(0, 0)); return page.screenshot({path: join(out, `${name}.png`), fullPage: true}); };

async function checkHeaders(request, url) {
  const res = await request.get(`${url}/`);
  assert.equal(res.status(), 200);
  const csp = res.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(res.headers()['x-content-type-options'], 'nosniff');
  assert.equal(res.headers()['x-frame-options'], 'DENY');
  assert.doesNotMatch(await res.text(), /<script>(?!<)/, 'no inline script in the page');
}

async function checkCookieAndCsrf(context, page, url) {
  const cookie = (await context.cookies(url)).find((c) => c.name === 'survey_session');
  assert.ok(cookie, 'session cookie set');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.secure, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie.includes('survey_session')), false);
  // A change with the cookie but without the CSRF header is refused.
  const forged = await page.evaluate(async () => {
    const res = await fetch('/api/v1/households/x/review', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({decision: 'approve', base_rev: 1})});
    return res.status;
  });
  assert.equal(forged, 403);
}

// The surveyor's tablet, logged in over the API.
async function tablet(request, url, password) {
  const login = await (await request.post(`${url}/api/v1/auth/login`, {
    data: {username: 'surveyor1', password, device_id: 'tablet-web-test'}})).json();
  const headers = {Authorization: `Bearer ${login.token}`};
  const [project] = (await (await request.get(`${url}/api/v1/projects`, {headers})).json()).projects;
  let n = 0;
  const push = async (changes) => (await (await request.post(`${url}/api/v1/projects/${project.id}/push`, {headers,
    data: {device_id: 'tablet-web-test', changes: changes.map((c) => ({change_id: `web-test-${++n}-${c.id}`, op: 'upsert', base_rev: 0, ...c}))}})).json()).results;
  return {headers, project, push};
}

// Before review the tablet adds a photo (a real PNG, uploaded tus-style after its record)
// and the head's signature on the current form, then edits the notes, the actual use and the
// business area twice from the same base revision: the second edit stores a conflict per
// field (text, code, whole number), and the edit makes the signature stale.
async function tabletWork(request, url, password, householdId, png) {
  const {headers, push} = await tablet(request, url, password);
  const sha = createHash('sha256').update(png).digest('hex');
  const view = await (await request.get(`${url}/api/v1/households/${householdId}`, {headers})).json();
  const photoId = `${householdId}-web-photo`.slice(0, 64);
  let results = await push([
    {entity: 'photo', id: photoId, fields: {household_id: householdId, category: '门头', sha256: sha,
      taken_at: '2026-11-28T02:15:00Z', lat: 30.544121, lon: 114.312351, gps_accuracy_m: 3.5, surveyor: 'surveyor1'}},
    {entity: 'signature', id: `${householdId}-web-sig`.slice(0, 64), fields: {household_id: householdId, role: 'head',
      signer_name: view.household.head_name, signed_at: '2026-11-28T02:20:00Z', signed_hash: view.form_hash}}]);
  assert.deepEqual(results.map((r) => r.status), ['applied', 'applied'], JSON.stringify(results));
  // As the tablet does: the record first, then its bytes (the server takes no others).
  const upload = await request.patch(`${url}/api/v1/blobs/${sha}`, {headers: {...headers,
    'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Upload-Length': String(png.length),
    'Content-Type': 'application/offset+octet-stream'}, data: png});
  assert.ok(upload.status() < 300, `upload ${upload.status()}`);
  const base = view.household.rev;
  results = await push([{entity: 'household', id: householdId, base_rev: base,
    fields: {notes: '院内另有柴房一间', actual_use: 'warehouse', business_area_dm2: 1250}}]);
  assert.equal(results[0].status, 'applied', JSON.stringify(results));
  results = await push([{entity: 'household', id: householdId, base_rev: base,
    fields: {notes: '柴房已拆除', actual_use: 'office', business_area_dm2: 1320}}]);
  assert.equal(results[0].status, 'conflict', JSON.stringify(results));
}

// The surveyor's tablet: pulls the returned household with the comment, fixes and resubmits.
async function surveyorResubmits(request, url, password, householdId, comment) {
  const login = await (await request.post(`${url}/api/v1/auth/login`, {
    data: {username: 'surveyor1', password, device_id: 'tablet-web-test'}})).json();
  const auth = {Authorization: `Bearer ${login.token}`};
  const projects = (await (await request.get(`${url}/api/v1/projects`, {headers: auth})).json()).projects;
  let pulled;
  for (let since = 0, more = true; more;) {
    const page = await (await request.get(`${url}/api/v1/projects/${projects[0].id}/changes?since=${since}&limit=1000`, {headers: auth})).json();
    pulled = page.changes.filter((c) => c.id === householdId).at(-1) ?? pulled;
    ({next: since, more} = page);
  }
  assert.equal(pulled.fields.status, 'returned');
  assert.equal(pulled.fields.review_comment, comment, 'the tablet sees the comment');
  const push = await (await request.post(`${url}/api/v1/projects/${projects[0].id}/push`, {headers: auth, data: {
    device_id: 'tablet-web-test',
    changes: [{change_id: `resubmit-${householdId}`, entity: 'household', id: householdId, op: 'upsert',
      base_rev: pulled.rev, fields: {status: 'submitted', notes: '已按意见复核'}}]}})).json();
  assert.equal(push.results[0].status, 'applied', JSON.stringify(push));
}

async function timed(label, action) {
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  console.log(`timing ${label} ${ms.toFixed(0)} ms`);
  return ms;
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

    await checkHeaders(context.request, server.url);
    await page.goto(`${server.url}/`);
    await page.fill('#username', 'reviewer1');
    await page.fill('#password', 'wrong-password');
    await page.click('#login-submit');
    await page.waitForSelector('#login-error:not(:empty)');
    await shot(page, 'login-failed');
    await page.fill('#password', data.logins.reviewer1);
    await timed('login-to-queue', async () => {
      await page.click('#login-submit');
      await page.waitForSelector('#queue tbody tr');
    });
    await checkCookieAndCsrf(context, page, server.url);
    assert.equal(await page.getAttribute('.chip[data-status="submitted"]', 'aria-pressed'), 'true');
    const statuses = await page.$$eval('#queue tbody tr .status', (els) => els.map((e) => e.textContent));
    assert.ok(statuses.length > 0 && statuses.every((s) => s === '已提交'), statuses.join());
    await shot(page, 'queue');

    // All statuses, sorted by status, then a search by household code.
    await page.click('.chip[data-status=""]');
    await page.waitForFunction(() => document.querySelectorAll('#queue tbody tr').length === 40);
    const firstCode = await page.textContent('#queue tbody tr:first-child td.code');
    await page.keyboard.press('/');
    await page.keyboard.type(firstCode);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#queue tbody tr').length === 1);
    await page.fill('#search', '');
    await page.press('#search', 'Enter');
    await page.click('.chip[data-status="submitted"]');
    await page.waitForSelector('#queue tbody tr');

    // Keyboard: second row, Enter opens it; the tablet has worked on it first.
    const png = await page.screenshot({clip: {x: 0, y: 0, width: 320, height: 240}});
    await tabletWork(context.request, server.url, data.logins.surveyor1,
      await page.getAttribute('#queue tbody tr:nth-child(2)', 'data-id'), png);
    await page.reload();
    await page.waitForSelector('#queue tbody tr:nth-child(2) .badge.warn');
    await page.focus('#view');
    await page.keyboard.press('j');
    const code = await page.textContent('#queue tbody tr.selected td.code');
    await timed('household-view', async () => {
      await page.keyboard.press('Enter');
      await page.waitForSelector('#hh-status');
    });
    assert.match(await page.textContent('h1'), new RegExp(code));
    assert.equal(await page.textContent('#hh-status'), '已提交');
    assert.ok(await page.$('#parts-1 tbody tr'), 'parts of building 1 listed');
    assert.ok((await page.textContent('#parts-1 td.rule')).length > 0, 'rule shown');
    assert.ok(await page.$('#history tbody tr'), 'history listed');
    await page.waitForFunction(() => document.querySelector('.photos img')?.naturalWidth > 0);
    assert.match(await page.textContent('.photos figcaption'), /门头.*30\.544121, 114\.312351 ±3\.5 m/);
    assert.match(await page.getAttribute('.photos img', 'src'), /\/thumb$/);
    await page.click('.photos img');
    await page.waitForFunction(() => document.querySelector('.lightbox img')?.naturalWidth === 320);
    await page.screenshot({path: join(out, 'photo-full-size.png')}); // the viewport: the lightbox is fixed
    await page.click('.lightbox');
    assert.match(await page.textContent('#signatures'), /已失效/);
    assert.match(await page.textContent('#conflicts'), /柴房已拆除/);
    await shot(page, 'household');

    // Field by field: office and tablet value side by side, each field with its own input.
    const conflictRow = (field) => `#conflicts tr[data-field="${field}"]`;
    const resolved = (field) => page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('已解决'), conflictRow(field));
    assert.match(await page.textContent(conflictRow('actual_use')), /仓储 \(warehouse\).*办公 \(office\)/);
    assert.equal(await page.$eval(`${conflictRow('actual_use')} .conflict-value`, (e) => e.tagName), 'SELECT');
    assert.equal(await page.getAttribute(`${conflictRow('business_area_dm2')} .conflict-value`, 'type'), 'number');
    await (await page.$('.conflicts')).screenshot({path: join(out, 'conflicts.png')});
    // The notes: take the tablet's value.
    await page.click(`${conflictRow('notes')} button.keep-client`);
    await resolved('notes');
    assert.match(await page.textContent('.facts'), /柴房已拆除/);
    // The actual use: neither side; 生产 from the code list.
    await page.selectOption(`${conflictRow('actual_use')} .conflict-value`, 'production');
    await page.click(`${conflictRow('actual_use')} button.set-value`);
    await resolved('actual_use');
    assert.match(await page.textContent('.facts'), /实际用途\s*生产/);
    assert.match(await page.textContent(conflictRow('actual_use')), /现值：生产 \(production\)/);
    // The business area is whole dm²: a fraction is refused in the page, a whole number is set.
    await page.fill(`${conflictRow('business_area_dm2')} .conflict-value`, '14.5');
    await page.click(`${conflictRow('business_area_dm2')} button.set-value`);
    await page.waitForFunction(() => document.querySelector('#toast.error')?.textContent.includes('整数'));
    await page.fill(`${conflictRow('business_area_dm2')} .conflict-value`, '1400');
    await page.click(`${conflictRow('business_area_dm2')} button.set-value`);
    await resolved('business_area_dm2');
    const stored = await page.evaluate(async (id) => (await (await fetch(`/api/v1/households/${id}`)).json()).household, page.url().split('/').at(-1));
    assert.deepEqual([stored.notes, stored.actual_use, stored.business_area_dm2], ['柴房已拆除', 'production', 1400]);
    await shot(page, 'household-conflicts-resolved');

    const householdId = page.url().split('/').at(-1);
    console.log('step return without comment');
    await page.click('#return');
    await page.waitForSelector('#toast.error');
    const comment = '2号幢阳台尺寸请复测，并补拍门头照片';
    console.log('step return with comment');
    await page.fill('#return-comment', comment);
    await page.click('#return');
    await page.waitForFunction(() => document.querySelector('#hh-status')?.textContent === '退回');
    assert.match(await page.textContent('.comment'), /阳台尺寸请复测/);
    await shot(page, 'household-returned');

    console.log('step surveyor resubmits');
    await surveyorResubmits(context.request, server.url, data.logins.surveyor1, householdId, comment);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#hh-status')?.textContent === '已提交');
    console.log('step approve');
    await page.click('#approve');
    await page.waitForFunction(() => document.querySelector('#hh-status')?.textContent === '已审核');
    assert.equal(await page.$$eval('#reviews tbody tr', (rows) => rows.length), 2);
    await shot(page, 'household-approved');

    // English, then back to the queue where the approved household has left the filter.
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#hh-status')?.textContent === 'approved');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#queue tbody tr');
    assert.match(await page.textContent('#queue thead'), /Code/);
    assert.equal(await page.$(`#queue tbody tr[data-id="${householdId}"]`), null);
    await shot(page, 'queue-en');
    await page.click('#lang');

    await page.click('#logout');
    await page.waitForSelector('#login-submit');
    assert.equal((await context.cookies(server.url)).some((c) => c.name === 'survey_session' && c.value), false);
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    console.log('console browser test passed');
    process.exitCode = 0;
  } catch (e) {
    // What the page showed when a step failed, next to the other screenshots.
    for (const page of browser.context.pages()) await shot(page, 'failure-console').catch(() => {});
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
