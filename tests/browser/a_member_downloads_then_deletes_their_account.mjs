// A member, on a phone, opens "your data", downloads everything the platform holds about them
// (a JSON file that holds their e-mail), then deletes their account with their password: they
// are signed out and can no longer sign in. Screenshots of the pages in French and Arabic.
//
// The account is made with `comdev user create` (a demo name). Contract with the pages: sign-in
// at /account/signin (#signin-email, #signin-password); /account/data links to
// /account/data.json and /account/delete; the deletion form asks #delete-password.
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

const PASSWORD = 'Tafraout sous les amandiers';
const member = { email: 'membre.demo@example.org', name: 'Membre de démonstration' };
const dir = await mkdtemp(join(tmpdir(), 'comdev-mydata-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

async function switchTo(page, baseUrl, lang, path) {
  await page.goto(`${baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await createUser(env, member, 'member', PASSWORD);
      await signIn(page, baseUrl, member, PASSWORD);

      await page.goto(`${baseUrl}/account/data`);
      check((await page.locator('main').textContent()).includes(member.email), 'the page shows the address');
      await screenshot('mydata-fr');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[href="/account/data.json"]').click(),
      ]);
      const file = await download.path();
      const data = JSON.parse(await readFile(file, 'utf8'));
      check(data.sections.account[0].email === member.email, 'the file holds the account e-mail');
      await switchTo(page, baseUrl, 'ar', '/account/data');
      check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      await screenshot('mydata-ar');
      await page.goto(`${baseUrl}/account/delete`);
      await screenshot('delete-ar');
      await switchTo(page, baseUrl, 'fr', '/account/delete');
      await screenshot('delete-fr');

      await page.fill('#delete-password', PASSWORD);
      await page.locator('form[action="/account/delete"] button[type="submit"]').click();
      await page.waitForURL(/\/account\/deleted$/);
      check((await page.locator('[role="status"]').textContent()).includes('supprimé'), 'the page confirms');
      await screenshot('deleted-fr');

      // Signed out, and the old password no longer opens anything.
      const mine = await page.request.get(`${baseUrl}/account/data.json`);
      check(mine.status() === 403, `after deletion the data answers ${mine.status()}`);
      // A sign-in attempt with the old address and password (outside the page: a refusal is an
      // HTTP error the page watcher would report).
      const form = await page.request.get(`${baseUrl}/account/signin`);
      const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)[1];
      const attempt = await page.request.post(`${baseUrl}/account/signin`, {
        form: { _csrf: csrf, email: member.email, password: PASSWORD },
        maxRedirects: 0,
      });
      check(attempt.status() !== 303, `sign-in after deletion answers ${attempt.status()}`);
    },
    {
      startServer: () => startComdev({ env }),
      context: { acceptDownloads: true },
    },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
