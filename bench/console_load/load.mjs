// SPDX-License-Identifier: Apache-2.0
// Console load times at the design's size (5,000 households, 100,000 parts): the review
// queue's first page and a household view, in Debian's Chromium against the real server,
// each repeated; the baseline is a GET /healthz round trip from the same page, so the ratio
// says how much of the time is our work rather than the machine.
// Usage: SURVEY_SERVER_BINARY=build/bin/survey-server node bench/console_load/load.mjs
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {openBrowser} from '../../tests/web/browser.mjs';
import {demoData, runCommand, startServer} from '../../tests/web/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 7;
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function seed(dir) {
  const projectId = runCommand(['project', 'add', 'BENCH', '--name', '负载测试项目', '--data', dir]).trim().split(/\s+/).at(-1);
  const r = spawnSync('sqlite3', [join(dir, 'survey.db')], {input: readFileSync(join(here, 'seed.sql')), encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`seeding failed: ${r.stderr}`);
  return projectId;
}

// Milliseconds from setting the hash until `selector` shows, measured inside the page.
function timeView(page, hash, selector) {
  return page.evaluate(([h, sel]) => new Promise((resolve) => {
    const start = performance.now();
    location.hash = h;
    const poll = () => (document.querySelector(sel) ? resolve(performance.now() - start) : requestAnimationFrame(poll));
    poll();
  }), [hash, selector]);
}

async function main() {
  const data = demoData();
  const started = performance.now();
  const projectId = seed(data.dir);
  console.log(`seeded 5,000 households / 100,000 parts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const server = await startServer(data.dir);
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#username', 'reviewer1');
    await page.fill('#password', data.logins.reviewer1);
    await page.click('#login-submit');
    await page.waitForSelector('#topbar:not([hidden])');

    const baseline = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await page.evaluate(async () => {
        const start = performance.now();
        await (await fetch('/healthz')).text();
        return performance.now() - start;
      }));
    }
    const queue = [];
    const household = [];
    for (let i = 0; i < RUNS; i++) {
      // Away and back, so that every run fetches and draws the page anew.
      await timeView(page, `#/dashboard/${projectId}`, '#by-status');
      queue.push(await timeView(page, `#/queue/${projectId}?status=submitted`, '#queue tbody tr:nth-child(50)'));
      const id = `bench-h-${String(100 + i * 613).padStart(5, '0')}`;
      household.push(await timeView(page, `#/household/${id}`, '#history tbody tr'));
    }
    const parts = await page.$$eval('#parts-1 tbody tr, #parts-2 tbody tr', (r) => r.length);
    await page.screenshot({path: join(process.env.SURVEY_WEB_OUT || '.', 'bench-household.png'), fullPage: true});
    const b = median(baseline);
    for (const [name, xs] of [['queue_first_page', queue], ['household_view', household]]) {
      const m = median(xs);
      console.log(`RESULT console_load ${name} ${m.toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)} ms, baseline healthz ${b.toFixed(1)} ms, ratio ${(b / m).toFixed(3)})`);
    }
    console.log(`household view showed ${parts} parts`);
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
