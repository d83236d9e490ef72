// Runs one browser journey: a fresh comdev server, a fresh headless Chromium at phone width,
// and a page watcher; tears all of it down and sets the exit code ctest reads.
//
//   await journey(async ({ page, baseUrl, watcher, screenshot, server }) => { ... });
// `server` is what startServer resolved to (support/server.mjs: demoAccounts, outboxDir…).
//
// The journey fails when its function throws, when the page reported a console error, a failed
// request or an HTTP error (support/browser.mjs), or when the server does not stop cleanly.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium, watchPage, PHONE } from './browser.mjs';
import { startComdev } from './server.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function journey(fn, { context: contextOptions = {}, startServer = startComdev } = {}) {
  const started = Date.now();
  let failure;
  let server;
  let browser;
  try {
    // Side by side (each takes about a second); both are torn down below if either failed.
    const [started, launched] = await Promise.allSettled([startServer(), launchChromium()]);
    server = started.value;
    browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    // A phone in Morocco whose browser prefers French, as most of the platform's readers.
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-MA', ...contextOptions });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const watcher = watchPage(page);
    const screenshot = async (name) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    };
    await fn({ page, baseUrl: server.baseUrl, watcher, screenshot, server });
    watcher.assertClean();
  } catch (e) {
    failure = e;
  }
  // Teardown always runs; its own errors are reported but never hide the journey's.
  for (const step of [() => browser?.close(), () => server?.stop()]) {
    try {
      await step();
    } catch (e) {
      failure ??= e;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) {
    console.error(`FAIL (${seconds} s): ${failure.stack ?? failure}`);
    process.exitCode = 1;
  } else {
    console.log(`ok (${seconds} s)`);
  }
}

// Fails with a readable message; node:assert's diffs are noisy for one-line checks.
export function check(condition, message) {
  if (!condition) throw new Error(message);
}
