// The verified representative of the association carrying the Asserar sanitation project (demo
// data) adds a funding need on a phone: a negative amount is refused with a clear message and
// what was typed is kept; the corrected need gets its own page (share tags, WhatsApp link,
// poster) and shows in the project's needs section; the representative then marks it satisfied.
// A visitor reads the need page in Arabic. Screenshots of the form, the refusal, the need page in
// French and Arabic, and the project's needs section.
//
// Accounts are made with `comdev user create` (demo names); the animator verifies the
// representative through the queue. Contract with the pages: the project page's section
// #needs with the link /projects/{id}/needs/new; the need form (kind links ?kind=…, #need-title,
// #need-amount, #need-currency); the status form posts to /needs/{id}/status (#need-status).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askToRepresentAndGetVerified, createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PASSWORD = 'Assainissement Asserar 2014';
const rep = { email: 'besoins.asserar@example.org', name: 'Bureau de démonstration' };
const animator = { email: 'animation.besoins@example.org', name: 'Animation de démonstration' };
const PROJECT = "Un réseau d'assainissement complémentaire à l'eau potable à Asserar";
const NEED = 'Cofinancement des branchements au réseau';

const dir = await mkdtemp(join(tmpdir(), 'comdev-needs-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

async function inLang(page, baseUrl, lang, path) {
  await page.goto(`${baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

try {
  await journey(
    async ({ page, baseUrl, watcher: mainWatcher, screenshot }) => {
      await createUser(env, rep, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);

      // The project, found through the API the list page is built on.
      const list = await (await page.request.get(`${baseUrl}/api/v1/projects?per_page=100`)).json();
      const project = list.projects.find((p) => p.title === PROJECT);
      check(project, 'the demo project is there');
      const projectPath = `/projects/${project.id}`;

      // The representative asks to speak for the carrier; the animator verifies it.
      await signIn(page, baseUrl, rep, PASSWORD);
      await page.goto(`${baseUrl}${projectPath}`);
      check(await page.locator(`a[href="${projectPath}/needs/new"]`).count() === 0, 'no "add a need" before verification');
      await page.locator('main dd a[href^="/organisations/"]').first().click();
      await page.waitForURL(/\/organisations\/\d+$/);
      await askToRepresentAndGetVerified(page, baseUrl, {
        animator, password: PASSWORD, message: "Trésorier de l'association, joignable au bureau.",
        note: "Appel au bureau de l'association",
      });

      // The needs section of the project page offers to add one.
      await page.goto(`${baseUrl}${projectPath}`);
      check(await page.locator('#needs .need-card').count() >= 1, 'the demo needs are listed');
      await page.locator(`a[href="${projectPath}/needs/new"]`).click();
      await page.waitForURL(/\/needs\/new$/);
      await page.locator('nav.need-kinds a[href$="?kind=funding"]').click();
      await page.waitForURL(/\?kind=funding$/);
      await page.fill('#need-title', NEED);
      await page.fill('#need-description', 'Part des ménages pour 120 branchements (chiffres de démonstration).');
      await page.fill('#need-amount', '-15000');
      await page.selectOption('#need-currency', 'MAD');
      await screenshot('need-form-fr');
      await page.locator('form button[type="submit"]').last().click();
      await page.waitForSelector('.form-errors');
      const refusal = await page.locator('.form-errors').textContent();
      check(refusal.includes('supérieur à zéro'), 'a negative amount is refused plainly');
      check(await page.inputValue('#need-title') === NEED, 'the title typed is kept');
      await screenshot('need-form-refused-fr');
      check(mainWatcher.problems.every((p) => p.includes('422')), `only the expected 422: ${mainWatcher.problems}`);
      mainWatcher.problems.splice(0);
      await page.fill('#need-amount', '150 000');
      await page.locator('form button[type="submit"]').last().click();
      await page.waitForURL(/\/needs\/\d+\?saved=1$/);
      const needPath = new URL(page.url()).pathname;
      check((await page.locator('.need-facts').textContent()).includes('MAD'), 'the amount shows with its currency');
      check(await page.locator('a.share-whatsapp').count() === 1, 'a WhatsApp link');
      check(await page.locator(`a[href="${needPath}/poster"]`).count() === 1, 'a poster link');
      await screenshot('need-fr');

      // Satisfied: someone answered.
      await page.selectOption('#need-status', 'satisfied');
      await page.locator(`form[action="${needPath}/status"] button`).click();
      await page.waitForURL(/\?status=1$/);
      check((await page.locator('.need-meta').textContent()).includes('Satisfait'), 'the need is satisfied');
      await page.goto(`${baseUrl}${projectPath}#needs`);
      check((await page.locator('#needs').textContent()).includes(NEED), 'the project lists the new need');
      await page.locator('#needs').screenshot({ path: `${SCREENSHOTS}needs-project-section-fr.png` });

      // A visitor, in Arabic, with the tags a shared link shows.
      const visitorContext = await page.context().browser().newContext({ viewport: PHONE, locale: 'ar-MA' });
      const visitor = await visitorContext.newPage();
      visitor.setDefaultTimeout(10_000);
      const visitorWatcher = watchPage(visitor);
      await inLang(visitor, baseUrl, 'ar', needPath);
      check(await visitor.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      const ogTitle = await visitor.locator('meta[property="og:title"]').getAttribute('content');
      check(ogTitle === NEED, 'the need page carries its OpenGraph title');
      check(await visitor.locator('#need-status').count() === 0, 'a visitor has no status form');
      await visitor.screenshot({ path: `${SCREENSHOTS}need-ar.png`, fullPage: true });
      await visitor.goto(`${baseUrl}${projectPath}`);
      await visitor.locator('#needs').screenshot({ path: `${SCREENSHOTS}needs-project-section-ar.png` });
      visitorWatcher.assertClean();
      await visitorContext.close();
    },
    { startServer: () => startComdev({ env }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
