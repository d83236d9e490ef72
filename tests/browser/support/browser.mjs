// Debian's Chromium, headless, driven by playwright-core; and a watcher that fails a journey on
// any console error, uncaught page error, failed request or HTTP error response.
//
// launchChromium() starts /usr/bin/chromium with a fresh profile (playwright gives every launch
// a new temporary user-data dir) and the flags that keep it offline and quiet. No browser is
// ever downloaded. watchPage(page) records problems and transferred bytes; call
// await watcher.assertClean() before ending a journey.
import { chromium } from 'playwright-core';

export const PHONE = { width: 390, height: 844 };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.COMDEV_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

export function watchPage(page) {
  const problems = [];
  const sizes = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  page.on('requestfinished', (req) => {
    // Headers plus body as sent on the wire (the body compressed when the server gzips it).
    sizes.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseHeadersSize + s.responseBodySize })));
  });

  return {
    problems,
    // Sum of transferred bytes of every response finished since the last reset().
    async transferredBytes() {
      const all = await Promise.all(sizes);
      return all.reduce((sum, s) => sum + s.bytes, 0);
    },
    async transfers() {
      return Promise.all(sizes);
    },
    reset() {
      sizes.length = 0;
    },
    assertClean() {
      if (problems.length) throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
    },
  };
}
