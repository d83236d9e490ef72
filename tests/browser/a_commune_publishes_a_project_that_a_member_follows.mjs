// The Commune de Taliouine's verified representative publishes a project on a phone: the form
// refuses a point far from the commune with a clear message and keeps what was typed, then the
// project is published, moves along its lifecycle, gets a news post and an Arabic title; a
// diaspora member follows it and comments. Screenshots of the list, the form, the project page
// in French and Arabic.
//
// Accounts are made with `comdev user create` (demo names); the animator verifies the
// representative through the queue, as in the organisations journey. Contract with the pages:
// /projects/new (#p-title, #p-summary, #p-description, #p-territory, #p-lat, #p-lon, sectors
// checkboxes), the status form posts to /projects/{id}/status, the news form to …/updates, the
// translation form to …/translations, follow to …/follow, comments to …/comments.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askToRepresentAndGetVerified, createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const PASSWORD = 'Safran de Taliouine 2014';
const rep = { email: 'projets.taliouine@example.org', name: 'Service technique de démonstration' };
const animator = { email: 'animation.projets@example.org', name: 'Animation de démonstration' };
const member = { email: 'diaspora.projets@example.org', name: 'Membre de la diaspora (démo)' };
const TITLE = 'Maison du safran : séchage solaire pour les coopératives';

const dir = await mkdtemp(join(tmpdir(), 'comdev-projects-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

async function inLang(page, baseUrl, lang, path) {
  await page.goto(`${baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function newContext(page) {
  const context = await page.context().browser().newContext({ viewport: PHONE, locale: 'fr-MA' });
  const other = await context.newPage();
  other.setDefaultTimeout(10_000);
  return { context, other, watcher: watchPage(other) };
}

try {
  await journey(
    async ({ page, baseUrl, watcher, screenshot }) => {
      await createUser(env, rep, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);
      await createUser(env, member, 'member', PASSWORD);

      // The representative asks to speak for the commune; the animator verifies it.
      await signIn(page, baseUrl, rep, PASSWORD);
      await page.goto(`${baseUrl}/organisations?type=commune`);
      await page.locator('a', { hasText: 'Commune de Taliouine' }).first().click();
      await page.waitForURL(/\/organisations\/\d+$/);
      await askToRepresentAndGetVerified(page, baseUrl, {
        animator, password: PASSWORD, message: 'Service technique de la commune.',
        note: 'Appel au secrétariat de la commune',
      });

      // The list of the demo projects, then the form.
      await page.goto(`${baseUrl}/projects`);
      check(await page.locator('.project-cards li').count() > 5, 'the demo projects are listed');
      await screenshot('projects-list-fr');
      await page.goto(`${baseUrl}/projects/new`);
      check((await page.locator('#p-carrier').textContent()).includes('Commune de Taliouine'), 'the commune is the carrier');
      await page.fill('#p-title', TITLE);
      await page.fill('#p-summary', 'Un séchoir solaire partagé pour les coopératives de safran de la commune.');
      await page.fill('#p-description', '## Contexte\n\nLe safran est séché **à l\'ombre**, sur des claies.\n\n- séchoir solaire\n- formation');
      const taliouine = await page.locator('#p-territory option', { hasText: 'Taliouine' }).first().getAttribute('value');
      await page.selectOption('#p-territory', taliouine);
      await page.locator('input[name="sectors"][value="agriculture"]').check();
      await page.locator('input[name="sectors"][value="ess"]').check();
      // A point in Agadir, 150 km away: refused with a message, nothing lost.
      await page.fill('#p-lat', '30.42');
      await page.fill('#p-lon', '-9.60');
      await page.locator('form[action="/projects/new"] button[type="submit"]').click();
      await page.waitForSelector('.form-errors');
      check((await page.locator('.form-errors').textContent()).includes('en dehors du lieu choisi'), 'the point outside the commune is explained');
      check(await page.inputValue('#p-title') === TITLE, 'the title typed is kept');
      await screenshot('project-form-error-fr');
      // The refusal is a 422 (which the browser logs); it was expected, nothing else may be there.
      check(watcher.problems.every((p) => p.includes('422')), `only the expected 422: ${watcher.problems}`);
      watcher.problems.splice(0);
      await page.fill('#p-lat', '30.53');
      await page.fill('#p-lon', '-7.93');
      await page.locator('form[action="/projects/new"] button[type="submit"]').click();
      await page.waitForURL(/\/projects\/\d+$/);
      const projectPath = new URL(page.url()).pathname;
      check((await page.locator('h1').textContent()).includes('Maison du safran'), 'the project page opens');
      check(await page.locator('.markdown strong').count() === 1, 'the Markdown is rendered');

      // Lifecycle, news, an Arabic title.
      await page.selectOption('#s-status', 'maturing');
      await page.fill('#s-note', 'Étude de faisabilité lancée');
      await page.locator(`form[action="${projectPath}/status"] button[type="submit"]`).click();
      await page.waitForURL(/#history$/);
      check(await page.locator('ol.history li').count() === 2, 'the history has two dated steps');
      await page.fill('#u-title', 'Visite des coopératives');
      await page.fill('#u-body', 'Trois coopératives ont visité un séchoir à **Taznakht**.');
      await page.locator(`form[action="${projectPath}/updates"] button[type="submit"]`).click();
      await page.waitForURL(/#updates$/);
      await page.selectOption('#t-lang', 'ar');
      await page.fill('#t-title', 'دار الزعفران: التجفيف الشمسي للتعاونيات');
      await page.fill('#t-summary', 'مجفف شمسي مشترك لتعاونيات الزعفران في الجماعة.');
      await page.locator(`form[action="${projectPath}/translations"] button[type="submit"]`).click();
      await page.waitForURL(/#translations$/);
      await screenshot('project-representative-fr');

      // A diaspora member follows and comments, in Arabic.
      const { context, other, watcher: memberWatcher } = await newContext(page);
      await signIn(other, baseUrl, member, PASSWORD);
      await inLang(other, baseUrl, 'ar', projectPath);
      check((await other.locator('h1').textContent()).includes('دار الزعفران'), 'the Arabic title is shown to an Arabic reader');
      await other.locator(`form[action="${projectPath}/follow"] button[type="submit"]`).click();
      await other.waitForURL(/#follow$/);
      await other.fill('#c-body', 'يمكنني المساعدة في دراسة الجدوى عن بعد.');
      await other.locator(`form[action="${projectPath}/comments"] button[type="submit"]`).click();
      await other.waitForURL(/#comment-\d+$/);
      check(await other.locator('ul.comments li').count() === 1, 'the comment is shown');
      await other.screenshot({ path: new URL('./screenshots/project-member-ar.png', import.meta.url).pathname, fullPage: true });
      memberWatcher.assertClean();
      await context.close();

      // Visitors read it, in French and Arabic, and see the list in Arabic.
      await page.context().clearCookies();
      await page.goto(`${baseUrl}${projectPath}`);
      check((await page.locator('#follow').textContent()).includes('1 personne suit ce projet'), 'one follower');
      await screenshot('project-visitor-fr');
      await inLang(page, baseUrl, 'ar', '/projects');
      await screenshot('projects-list-ar');
    },
    { startServer: () => startComdev({ env }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
