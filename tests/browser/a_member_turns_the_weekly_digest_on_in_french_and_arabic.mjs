// A member, on a phone, finds "E-mail notifications" on their account page: the digest is off
// (it is opt-in), "every week" is the choice already made for turning it on, and a member whose
// profile lists no skill is told the digest is built from skills, with a link to add them. They
// turn it on, switch to daily, then read the page in Arabic (right to left). Screenshots in both.
//
// Contract with the pages: /account links to /account/notifications; the settings form posts
// `frequency` (off | daily | weekly) to /account/notifications.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

const PASSWORD = 'Tafraout sous les amandiers';
const member = { email: 'resume.demo@example.org', name: 'Membre de démonstration' };
const dir = await mkdtemp(join(tmpdir(), 'comdev-digest-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

const form = 'form[action="/account/notifications"]';

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await createUser(env, member, 'member', PASSWORD);
      await signIn(page, baseUrl, member, PASSWORD);

      await page.goto(`${baseUrl}/account`);
      await page.locator('a[href="/account/notifications"]').click();
      await page.waitForURL(/\/account\/notifications$/);
      check(await page.locator(`${form} input[value="weekly"]`).isChecked(), 'weekly is pre-selected');
      check(await page.locator(`${form} input[value="off"]`).count() === 0, 'off is the state, not a choice');
      check(await page.locator('main a[href="/profile"]').count() === 1, 'the page links to the skills');
      await screenshot('digest-off-fr');

      await page.locator(`${form} button[type="submit"]`).click();
      await page.waitForURL(/saved=1$/);
      check((await page.locator('[role="status"]').textContent()).length > 0, 'the choice is confirmed');
      check((await page.locator('.digest-status').textContent()).includes('semaine'), 'weekly is on');

      await page.locator(`${form} input[value="daily"]`).check();
      await page.locator(`${form} button[type="submit"]`).click();
      await page.waitForURL(/saved=1$/);
      check((await page.locator('.digest-status').textContent()).includes('jour'), 'daily is on');
      await screenshot('digest-daily-fr');

      await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/account/notifications')}`);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      check(await page.locator(`${form} input[value="daily"]`).isChecked(), 'daily stays chosen');
      await screenshot('digest-daily-ar');

      await page.locator(`${form} input[value="off"]`).check();
      await page.locator(`${form} button[type="submit"]`).click();
      await page.waitForURL(/saved=1$/);
      check(await page.locator(`${form} input[value="weekly"]`).isChecked(), 'off again: weekly pre-selected');
      await screenshot('digest-off-ar');
    },
    { startServer: () => startComdev({ env }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
