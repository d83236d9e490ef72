// The verified representative of the Commune de Taliouine records, on a phone, a diaspora member
// they know; the invitation e-mail really leaves over SMTP; the person opens its link on their
// own phone, chooses a password and accepts: they are signed in, and the record leaves the
// commune's pending list. Screenshots of the commune's diaspora page and of the invitation page,
// in French and Arabic.
//
// The representative and the animator are made with `comdev user create` (demo names); the
// representative asks and the animator verifies through the organisations pages, as in
// a_commune_representative_is_verified_by_the_animator.mjs. Contract with the pages: the
// diaspora page is /communes/{organisation id}/diaspora with fields #inv-name, #inv-email,
// #inv-origin, #inv-skills; the invitation page has #inv-password and an accept form.
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { startSmtpSink, firstLink } from './support/smtp.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PASSWORD = 'Safran de Taliouine 2014';
const secretary = { email: 'secretariat.taliouine@example.org', name: 'Secrétariat de démonstration' };
const animator = { email: 'animation@example.org', name: 'Animation de démonstration' };
const contact = { email: 'youssef.demo@example.org', name: 'Youssef (démonstration)' };

const dir = await mkdtemp(join(tmpdir(), 'comdev-invitation-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };
const smtp = await startSmtpSink();

async function switchTo(page, baseUrl, lang, path) {
  await page.goto(`${baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function newPhone(page) {
  const context = await page.context().browser().newContext({ viewport: PHONE, locale: 'fr-MA' });
  const p = await context.newPage();
  p.setDefaultTimeout(10_000);
  return { context, page: p, watcher: watchPage(p) };
}

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await createUser(env, secretary, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);

      // The secretary asks to represent the commune; the animator verifies.
      await signIn(page, baseUrl, secretary, PASSWORD);
      await page.goto(`${baseUrl}/organisations?type=commune`);
      await page.locator('a', { hasText: 'Commune de Taliouine' }).first().click();
      await page.waitForURL(/\/organisations\/\d+$/);
      const organisationPath = new URL(page.url()).pathname;
      const organisationId = organisationPath.split('/').pop();
      await page.fill('#represent-message', 'Secrétaire général de la commune.');
      await page.locator(`form[action="${organisationPath}/represent"] button[type="submit"]`).click();
      await page.waitForURL(/\?sent=1$/);

      const anim = await newPhone(page);
      await signIn(anim.page, baseUrl, animator, PASSWORD);
      await anim.page.goto(`${baseUrl}/animation/representatives`);
      const request = anim.page.locator('li.request').first();
      await request.locator('input[name="note"]').fill('Appel au secrétariat de la commune');
      await request.locator('button[value="verify"]').click();
      await anim.page.waitForURL(/done=verified$/);
      // The animator does not see the commune's diaspora records.
      const denied = await anim.page.request.get(`${baseUrl}/communes/${organisationId}/diaspora`);
      check(denied.status() === 404, `the animator gets ${denied.status()} on the diaspora page`);
      anim.watcher.assertClean();
      await anim.context.close();

      // The representative records a contact.
      const diasporaPath = `/communes/${organisationId}/diaspora`;
      await page.goto(`${baseUrl}${diasporaPath}`);
      check((await page.locator('h1').textContent()).includes('Commune de Taliouine'), 'the page names the commune');
      await page.fill('#inv-name', contact.name);
      await page.fill('#inv-email', contact.email);
      await page.fill('#inv-origin', 'Douar Assaki');
      await page.fill('#inv-skills', 'Hydraulique et adduction d\'eau, traduction');
      await page.locator(`form[action="${diasporaPath}"] button[type="submit"]`).click();
      await page.waitForURL(/\?sent=1$/);
      check((await page.locator('li.record').textContent()).includes(contact.email), 'the record is listed');
      await screenshot('diaspora-fr');
      await switchTo(page, baseUrl, 'ar', diasporaPath);
      check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      await screenshot('diaspora-ar');
      await switchTo(page, baseUrl, 'fr', diasporaPath);

      // The e-mail arrives; the person opens the link on their own phone.
      const mail = await smtp.waitFor(contact.email);
      check(mail.subject.includes('Commune de Taliouine'), `subject: ${mail.subject}`);
      const link = firstLink(mail.body);
      check(link && link.startsWith(`${baseUrl}/invitations/`), `link in the e-mail: ${link}`);
      const person = await newPhone(page);
      await person.page.goto(link);
      check((await person.page.locator('main').textContent()).includes('Commune de Taliouine'), 'the invitation names the commune');
      const invitationPath = new URL(link).pathname;
      await switchTo(person.page, baseUrl, 'ar', invitationPath);
      await mkdir(SCREENSHOTS, { recursive: true });
      await person.page.screenshot({ path: `${SCREENSHOTS}invitation-ar.png`, fullPage: true });
      await switchTo(person.page, baseUrl, 'fr', invitationPath);
      await person.page.screenshot({ path: `${SCREENSHOTS}invitation-fr.png`, fullPage: true });
      await person.page.fill('#inv-password', 'Assaki au mois d\'août');
      await person.page.locator('form.accept button[type="submit"]').click();
      await person.page.waitForURL(/\/invitations\/welcome$/);
      check((await person.page.locator('[role="status"]').textContent()).includes(contact.name), 'welcomed by name');
      await person.page.screenshot({ path: `${SCREENSHOTS}invitation-accepted-fr.png`, fullPage: true });
      person.watcher.assertClean();
      await person.context.close();

      // The record has left the commune's pending list.
      await page.goto(`${baseUrl}${diasporaPath}`);
      check(!(await page.locator('main').textContent()).includes(contact.email), 'no longer pending');
    },
    { startServer: () => startComdev({ env, smtpUrl: smtp.url }) },
  );
} finally {
  await smtp.stop();
  await rm(dir, { recursive: true, force: true });
}
