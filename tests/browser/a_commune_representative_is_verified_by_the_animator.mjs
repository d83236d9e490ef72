// A commune's secretary asks, on a phone, to represent the Commune de Taliouine; the animator,
// on another phone, sees the request in the queue, notes how it was checked and verifies it;
// the secretary then appears as the commune's verified representative. Screenshots of the
// organisation page and of the animator's queue, in French and Arabic.
//
// Both accounts are made beforehand with `comdev user create` on the journey's database (no
// private person: the names are demo names). Contract with the pages: sign-in form at
// /account/signin (#signin-email, #signin-password); /organisations lists the organisations as
// links; the request form is #represent-message; the queue's forms post to
// /animation/representatives/{organisation}/{member} with a note and a decision button.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const run = promisify(execFile);
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PASSWORD = 'Safran de Taliouine 2014';
const secretary = { email: 'secretariat.taliouine@example.org', name: 'Secrétariat de démonstration' };
const animator = { email: 'animation@example.org', name: 'Animation de démonstration' };

const dir = await mkdtemp(join(tmpdir(), 'comdev-representative-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

async function inArabic(page, baseUrl, path) {
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(path)}`);
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
}

async function inFrench(page, baseUrl, path) {
  await page.goto(`${baseUrl}/lang/fr?next=${encodeURIComponent(path)}`);
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
}

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await createUser(env, secretary, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);

      // The secretary finds the commune through the list filtered on communes.
      await signIn(page, baseUrl, secretary, PASSWORD);
      await page.goto(`${baseUrl}/organisations?type=commune`);
      await screenshot('organisations-communes-fr');
      await page.locator('a', { hasText: 'Commune de Taliouine' }).first().click();
      await page.waitForURL(/\/organisations\/\d+$/);
      const organisationPath = new URL(page.url()).pathname;
      await page.fill('#represent-message', 'Secrétaire général de la commune, joignable au secrétariat.');
      await page.locator(`form[action="${organisationPath}/represent"] button[type="submit"]`).click();
      await page.waitForURL(/\?sent=1$/);
      check((await page.locator('[role="status"]').textContent()).includes('animateur'), 'the page says an animator will check');

      // The animator, on another phone.
      const context = await page.context().browser().newContext({ viewport: PHONE, locale: 'fr-MA' });
      const queue = await context.newPage();
      queue.setDefaultTimeout(10_000);
      const queueWatcher = watchPage(queue);
      await signIn(queue, baseUrl, animator, PASSWORD);
      await inArabic(queue, baseUrl, '/animation/representatives');
      check(await queue.locator('li.request').count() === 1, 'one request in the queue');
      await mkdir(SCREENSHOTS, { recursive: true });
      await queue.screenshot({ path: `${SCREENSHOTS}representatives-queue-ar.png`, fullPage: true });
      await inFrench(queue, baseUrl, '/animation/representatives');
      const request = queue.locator('li.request').first();
      check((await request.textContent()).includes(secretary.name), 'the request names the member');
      check((await request.textContent()).includes('Commune de Taliouine'), 'the request names the commune');
      await queue.screenshot({ path: `${SCREENSHOTS}representatives-queue-fr.png`, fullPage: true });
      await request.locator('input[name="note"]').fill('Appel au secrétariat de la commune');
      await request.locator('button[value="verify"]').click();
      await queue.waitForURL(/done=verified$/);
      check(await queue.locator('li.request').count() === 0, 'the queue is empty once verified');
      queueWatcher.assertClean();
      await context.close();

      // The secretary now speaks for the commune.
      await page.goto(`${baseUrl}${organisationPath}`);
      check((await page.locator('main').textContent()).includes(secretary.name), 'listed as representative');
      check(await page.locator('#represent-message').count() === 0, 'no request form once verified');
      await screenshot('organisation-fr');
      await inArabic(page, baseUrl, organisationPath);
      await screenshot('organisation-ar');
      // The places of the communities, with the Souss-Massa and Oriental trees.
      await page.goto(`${baseUrl}/territories`);
      check(await page.locator('#taliouine').count() === 1, 'Taliouine is in the tree');
      await screenshot('territories-ar');
    },
    { startServer: () => startComdev({ env }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
