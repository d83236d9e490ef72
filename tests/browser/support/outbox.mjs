// The local outbox (/dev/outbox) as a journey reads it: e-mail lands there when no SMTP relay is
// set, which is how script/server runs.
import { check } from './journey.mjs';

// Opens the newest message to `address` whose line holds `words`, polling until it arrives (a
// job may send it a few seconds later); returns the message body's locator.
export async function openMail(page, baseUrl, address, words, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${baseUrl}/dev/outbox`);
    const item = page.locator('.outbox-list li', { hasText: address }).filter({ hasText: words });
    if (await item.count()) {
      await item.first().locator('a').click();
      await page.waitForURL(/\/dev\/outbox\/[^/]+\.eml$/);
      return page.locator('.mail-body');
    }
    check(Date.now() < until, `no e-mail to ${address} about "${words}" in the outbox`);
    await page.waitForTimeout(500);
  }
}
