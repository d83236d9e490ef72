// The "done when" journey, on a phone: the secretary of the Commune d'Arbâa Sahel, once
// verified by the animator, creates the commune's action programme and imports its actions from
// a CSV file saved by Excel (Windows-1252, ';'), reading the per-row report before confirming;
// turns the sanitation action into a project placed on the map; adds a sanitation-study skill
// need; the project is then found on /map and by /search in French and in Arabic (through an
// Arabic translation of its title); its printable poster carries a QR code which, decoded from a
// screenshot with zbarimg, opens the project's page.
//
// Contract with the pages (tests/browser is written against the shared URL map): plans pages of
// src/features/plans; the project form's #p-title, #p-territory, #p-lat, #p-lon, sectors
// checkboxes; the needs form's kind radios, #need-title, select[name="skill.<slug>"]; the
// project page's #translations form (#t-lang, #t-title, #t-summary); /map lists projects as links
// without JavaScript; /search?q=; /projects/{id}/poster. Map tiles are off (COMDEV_MAP_TILES=''):
// the markers and the list must work without them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { askToRepresentAndGetVerified, createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const run = promisify(execFile);
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PASSWORD = 'Arganier de Tiznit 2028';
const secretary = { email: 'pac.arbaa-sahel@example.org', name: 'Secrétariat de démonstration' };
const animator = { email: 'animation.pac@example.org', name: 'Animation de démonstration' };
const COMMUNE = "Commune d'Arbâa Sahel";
const ACTION = "Étude d'assainissement liquide du douar Iferda";
const ARABIC_TITLE = 'دراسة التطهير السائل بدوار إفردة';

// What Excel on Windows saves as "CSV (séparateur : point-virgule)": Windows-1252, CRLF, one
// row refused (unknown priority, negative budget) among three.
const CSV = [
  'axe;action;priorité;budget;devise;statut;douars',
  `Assainissement;${ACTION};haute;350 000;MAD;prévue;Iferda`,
  "Eau potable;Château d'eau de Tasghount;urgente;-3;MAD;;tasghount",
  'Jeunesse;Espace multimédia pour les jeunes;moyenne;120 000;MAD;en cours;',
].join('\r\n') + '\r\n';

const dir = await mkdtemp(join(tmpdir(), 'comdev-pcd-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}`, COMDEV_MAP_TILES: '' };

async function inLang(page, baseUrl, lang, path) {
  await page.goto(`${baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

// The secretary asks to represent the commune; the animator, on another phone, verifies it.
async function becomeRepresentative(page, baseUrl) {
  await signIn(page, baseUrl, secretary, PASSWORD);
  await page.goto(`${baseUrl}/organisations?type=commune`);
  await page.locator('a', { hasText: COMMUNE }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  await askToRepresentAndGetVerified(page, baseUrl, {
    animator, password: PASSWORD, message: 'Secrétaire général de la commune.',
    note: 'Appel au secrétariat de la commune', requestText: COMMUNE,
  });
}

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await createUser(env, secretary, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);
      await becomeRepresentative(page, baseUrl);

      // 1. The commune's plan, then its actions from the CSV file.
      await page.goto(`${baseUrl}/plans`);
      await page.locator('a[href="/plans/new"]').click();
      await page.selectOption('#plan-org', { label: COMMUNE });
      await page.fill('#plan-title', "Programme d'action communale d'Arbâa Sahel 2028-2033");
      await page.fill('#plan-start', '2028');
      await page.fill('#plan-end', '2033');
      await page.fill('#plan-summary', 'Assainissement, eau potable et jeunesse.');
      await page.locator('section.plan-form button[type="submit"]').click();
      await page.waitForURL(/\/plans\/\d+$/);
      const planPath = new URL(page.url()).pathname;

      await page.locator(`a[href="${planPath}/import"]`).click();
      const template = await page.request.get(`${baseUrl}/plans/import-template.csv`);
      check(template.ok(), 'the template downloads');
      check((await template.text()).includes('axe;action;priorite;budget;devise;statut;douars'),
        'the template has the expected columns');
      await page.setInputFiles('#plan-file', {
        name: 'pac-arbaa-sahel.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'latin1'),
      });
      await page.locator(`form[action="${planPath}/import"] button[type="submit"]`).click();
      await page.waitForSelector('table.report');
      const report = await page.locator('main').textContent();
      check(report.includes('2 actions peuvent être importées'), 'two rows can be imported');
      check(report.includes('Priorité inconnue'), 'the refused row says why');
      check(report.includes(ACTION), 'the Windows-1252 accents are read');
      await screenshot('pcd-import-report-fr');
      await page.locator('button', { hasText: 'Importer 2 actions' }).click();
      await page.waitForURL(/\?imported=2$/);
      check((await page.locator('[role="status"]').textContent()).includes('2 actions importées'),
        'the plan says two actions were imported');
      await screenshot('pcd-plan-fr');
      await inLang(page, baseUrl, 'ar', planPath);
      check((await page.locator('.plan-meta').textContent()).includes('من 2028 إلى 2033'), 'the Arabic period reads in order');
      await screenshot('pcd-plan-ar');
      await inLang(page, baseUrl, 'ar', '/plans');
      check(await page.locator(`a[href="${planPath}"]`).count() === 1, 'the plans list shows the new plan');
      await screenshot('pcd-plans-ar');
      await inLang(page, baseUrl, 'fr', planPath);

      // 2. The sanitation action becomes a project, placed in Iferda.
      const action = page.locator('li.plan-action', { hasText: ACTION });
      await action.locator('a.to-project').click();
      await page.waitForURL(/\/projects\/new\?action=\d+$/);
      check((await page.inputValue('#p-title')).includes('assainissement'), 'the title comes from the action');
      await page.fill('#p-summary', "Étudier l'assainissement liquide du douar Iferda avant les travaux.");
      await page.fill('#p-description', "Le douar rejette ses eaux usées dans l'oued. **Étude** d'abord.");
      const iferda = page.locator('#p-territory option', { hasText: 'Iferda' });
      if (await iferda.count()) await page.selectOption('#p-territory', { label: (await iferda.first().textContent()).trim() });
      await page.fill('#p-lat', '29.55');
      await page.fill('#p-lon', '-9.6');
      await page.locator('input[name="sectors"][value="sanitation"]').check();
      await page.locator('section.project-form button[type="submit"]').click();
      await page.waitForURL(/\/projects\/\d+$/);
      const projectPath = new URL(page.url()).pathname;
      const projectUrl = `${baseUrl}${projectPath}`;

      // 3. A sanitation-study skill need.
      await page.locator(`a[href="${projectPath}/needs/new"]`).first().click();
      // The kind of need: a skill (chosen by a link, or already the default).
      if ((await page.locator('input[name="kind"]').first().inputValue()) !== 'skill') {
        await page.locator('nav.need-kinds a[href*="skill"]').click();
        await page.waitForSelector('select[name="skill.sanitation"]', { state: 'attached' });
      }
      await page.fill('#need-title', "Ingénieur·e pour l'étude d'assainissement");
      await page.fill('#need-description', 'Diagnostic des rejets et avant-projet sommaire, avec le bureau communal.');
      // Skills are grouped by domain, each a closed <details>: open the one holding it.
      await page.locator('details.skill-domain:has(select[name="skill.sanitation"]) > summary').click();
      await page.selectOption('select[name="skill.sanitation"]', 'expert');
      await page.selectOption('#need-mode', 'both');
      await page.fill('#need-start', '2028-07-01');
      await page.fill('#need-end', '2028-08-31');
      await page.fill('#need-effort', '10');
      await page.locator('form button[type="submit"]').last().click();
      await page.waitForURL((url) => !url.pathname.endsWith('/needs/new'));
      await page.goto(projectUrl);
      check((await page.locator('main').textContent()).includes("l'étude d'assainissement"), 'the project lists its need');
      await screenshot('pcd-project-fr');

      // An Arabic title, so Arabic readers find it in their words.
      await page.selectOption('#t-lang', 'ar');
      await page.fill('#t-title', ARABIC_TITLE);
      await page.fill('#t-summary', 'دراسة شبكة التطهير السائل قبل الأشغال.');
      await page.locator('form[action$="/translations"] button[type="submit"]').click();
      await page.waitForLoadState();
      await inLang(page, baseUrl, 'ar', projectPath);
      check((await page.locator('h1').textContent()).includes(ARABIC_TITLE), 'the Arabic reader sees the Arabic title');
      await screenshot('pcd-project-ar');

      // 4. On the map and in search, in French and in Arabic.
      for (const lang of ['fr', 'ar']) {
        await inLang(page, baseUrl, lang, '/map');
        check(await page.locator(`main a[href="${projectPath}"]`).count() >= 1, `the map lists the project (${lang})`);
        await screenshot(`pcd-map-${lang}`);
      }
      await inLang(page, baseUrl, 'fr', `/search?q=${encodeURIComponent('assainissement Iferda')}`);
      check(await page.locator(`.search-results a[href="${projectPath}"]`).count() >= 1, 'French search finds the project');
      check(await page.locator('.search-results mark').count() >= 1, 'the matched words are highlighted');
      await screenshot('pcd-search-fr');
      await inLang(page, baseUrl, 'ar', `/search?q=${encodeURIComponent('التطهير السائل')}`);
      check(await page.locator(`.search-results a[href="${projectPath}"]`).count() >= 1, 'Arabic search finds the project');
      await screenshot('pcd-search-ar');

      // 5. The poster: its QR code, read from a screenshot, opens the project's page.
      await inLang(page, baseUrl, 'ar', `${projectPath}/poster`);
      await screenshot('pcd-poster-ar');
      await inLang(page, baseUrl, 'fr', `${projectPath}/poster`);
      check((await page.locator('h1').textContent()).includes('assainissement'), 'the poster has the title');
      await screenshot('pcd-poster-fr');
      await mkdir(SCREENSHOTS, { recursive: true });
      const qrFile = `${SCREENSHOTS}pcd-poster-qr.png`;
      await page.locator('.poster-qr svg').screenshot({ path: qrFile });
      const { stdout } = await run('zbarimg', ['--raw', '-q', qrFile]);
      const decoded = stdout.trim();
      check(decoded === projectUrl, `the QR code holds the page's address (got "${decoded}")`);
      await page.goto(decoded);
      check(new URL(page.url()).pathname === projectPath, 'the QR code opens the project page');
      check((await page.locator('h1').textContent()).includes('assainissement'), 'it is the project');
    },
    { startServer: () => startComdev({ env }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
