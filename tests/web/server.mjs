// SPDX-License-Identifier: Apache-2.0
// Starts the real survey-server for the browser tests: a fresh data directory with the demo
// project, `serve` on a free loopback port over HTTPS (its self-signed certificate).
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const binary = process.env.SURVEY_SERVER_BINARY;

/** Runs an admin command to completion; returns its stdout. */
export function runCommand(args, input = '') {
  const r = spawnSync(binary, args, {input, encoding: 'utf8', timeout: 120_000});
  if (r.status !== 0) throw new Error(`survey-server ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** A data directory with the demo project; returns {dir, logins: {user: password}}. */
export function demoData() {
  const dir = mkdtempSync(join(tmpdir(), 'survey-web-'));
  const logins = {};
  for (const line of runCommand(['demo', '--data', dir]).split('\n')) {
    const m = line.match(/^login (\S+) (\S+)$/);
    if (m) logins[m[1]] = m[2];
  }
  return {dir, logins, cleanup: () => rmSync(dir, {recursive: true, force: true})};
}

/** Starts `serve` and resolves with {url, stop} once it prints its listening line. */
export function startServer(dir) {
  const child = spawn(binary, ['serve', '--data', dir, '--listen', '127.0.0.1:0'], {stdio: ['ignore', 'pipe', 'inherit'], detached: true});
  return new Promise((resolve, reject) => {
    let out = '';
    let started = false;
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`server did not start:\n${out}`)); }, 60_000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/^listening (https?:\/\/127\.0\.0\.1:\d+)$/m);
      if (!m || started) return;
      started = true;
      clearTimeout(timer);
      // A server that dies mid-test fails the test, whatever the browser is waiting for.
      child.removeAllListeners('exit');
      child.on('exit', (code, signal) => {
        console.error(`survey-server exited unexpectedly (${code ?? signal}):\n${out}`);
        process.exit(1);
      });
      resolve({
        url: m[1],
        stop: () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.on('exit', done);
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
