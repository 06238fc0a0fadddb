// SPDX-License-Identifier: Apache-2.0
// Debian's Chromium, headless, driven by playwright-core: no browser download, no network,
// a fresh profile each run (Playwright passes it as --user-data-dir).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

/** A browser context that accepts the server's self-signed certificate; close() removes the profile. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'survey-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: {width: 1440, height: 900},
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}
