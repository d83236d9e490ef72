// The "done when" (issue 9): the verified representative of the Commune de Tafraout
// publishes a project of the commune and a sanitation-study skill need on it (sanitation studies
// and feasibility studies, on site in July–August, French and Arabic). A fictional engineer living
// in Montpellier, who filled her profile through the real form (sanitation skills at expert level,
// French and Arabic, a summer window in Tafraout, attached to the province of Tiznit), is first
// among the experts the need page proposes, with the reasons shown. The representative invites
// her; she receives the e-mail through the real SMTP sink, follows its link, offers help with a
// message; the representative accepts her with a role; she appears in the project's team; the
// time to first answer is recorded (GET /api/v1/needs/{id}/mobilisation). Screenshots at phone
// width, in French and Arabic, of the need page with the matches and of the expert pool.
//
// Contract with the pages (URL map of issue 9): the need page's sections #experts (matching: one
// <li> per expert, best first, each with a form posting expert_id to /needs/{id}/invitations)
// and #mobilisation (the offer form posting `message` to /needs/{id}/offers; the carrier's accept
// form posting `role` to /offers/{id}/accept); the project page's team section (#team).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askToRepresentAndGetVerified, createUser, signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { startSmtpSink, firstLink } from './support/smtp.mjs';
import { PHONE, watchPage } from './support/browser.mjs';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PASSWORD = 'Assainissement de Tafraout 2027';
const rep = { email: 'technique.tafraout@example.org', name: 'Service technique de démonstration' };
const animator = { email: 'animation.experts@example.org', name: 'Animation de démonstration' };
const engineer = { email: 'ingenieure.montpellier@example.org', name: 'Ingénieure (démo)' };
const ENGINEER = 'Nora Belkadi (démo)';
const PROJECT = 'Assainissement liquide du centre de Tafraout';
const NEED = "Étude d'assainissement du centre de Tafraout";
const ROLE = "Cheffe de l'étude d'assainissement";

const dir = await mkdtemp(join(tmpdir(), 'comdev-experts-'));
const env = { COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };
const smtp = await startSmtpSink();

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

// Opens every domain of the skill picker, so its selects can be used as a person would.
async function openSkillPicker(page) {
  await page.evaluate(() => document.querySelectorAll('details.skill-domain').forEach((d) => { d.open = true; }));
}

// The option of `select` whose text contains every one of `words`.
async function optionWith(page, select, words) {
  const options = await page.locator(`${select} option`).evaluateAll(
    (els) => els.map((e) => ({ value: e.value, text: e.textContent })));
  const o = options.find((x) => words.every((w) => x.text.includes(w)));
  check(o, `no option of ${select} with ${words.join(', ')}: ${options.map((x) => x.text).join(' | ')}`);
  return o.value;
}

try {
  await journey(
    async ({ page, baseUrl, watcher, screenshot }) => {
      await createUser(env, rep, 'member', PASSWORD);
      await createUser(env, animator, 'animator', PASSWORD);
      await createUser(env, engineer, 'member', PASSWORD);

      // 1. The representative asks to speak for the commune; the animator verifies it.
      await signIn(page, baseUrl, rep, PASSWORD);
      await page.goto(`${baseUrl}/organisations?type=commune`);
      await page.locator('a', { hasText: 'Commune de Tafraout' }).first().click();
      await page.waitForURL(/\/organisations\/\d+$/);
      await askToRepresentAndGetVerified(page, baseUrl, {
        animator, password: PASSWORD, message: 'Service technique de la commune.',
        note: 'Appel au secrétariat de la commune',
      });

      // 2. A project of the commune.
      await page.goto(`${baseUrl}/projects/new`);
      await page.fill('#p-title', PROJECT);
      await page.fill('#p-summary', 'Un réseau et une station pour les eaux usées du centre de la commune.');
      await page.fill('#p-description', "Le centre de Tafraout n'a pas de réseau d'assainissement. Une étude doit précéder les travaux.");
      await page.selectOption('#p-territory', await optionWith(page, '#p-territory', ['Tafraout']));
      await page.locator('input[name="sectors"][value="sanitation"]').check();
      await page.locator('form[action="/projects/new"] button[type="submit"]').click();
      await page.waitForURL(/\/projects\/\d+$/);
      const projectPath = new URL(page.url()).pathname;

      // 3. The engineer in Montpellier fills her profile through the form.
      const eng = await newContext(page);
      await signIn(eng.other, baseUrl, engineer, PASSWORD);
      await eng.other.goto(`${baseUrl}/profile`);
      await eng.other.fill('#p-display-name', ENGINEER);
      await eng.other.fill('#p-bio', "Ingénieure en assainissement, je passe l'été dans la région de Tiznit.");
      await eng.other.check('input[name=languages][value=fr]');
      await eng.other.check('input[name=languages][value=ar]');
      await eng.other.fill('#p-country', 'France');
      await eng.other.fill('#p-city', 'Montpellier');
      await eng.other.fill('#p-path', "Ingénieure d'études en assainissement rural depuis dix ans.");
      await eng.other.check('input[name=sectors][value=sanitation]');
      await openSkillPicker(eng.other);
      await eng.other.selectOption('select[name="skill.sanitation_studies"]', 'expert');
      await eng.other.selectOption('select[name="skill.sanitation"]', 'expert');
      await eng.other.selectOption('select[name="skill.feasibility_studies"]', 'expert');
      await eng.other.fill('#p-hours', '6');
      await eng.other.fill('.window-new input[name=window_place]', 'Tafraout');
      await eng.other.fill('.window-new input[name=window_starts]', '2027-07-01');
      await eng.other.fill('.window-new input[name=window_ends]', '2027-08-31');
      await eng.other.selectOption('#p-attachment-add', await optionWith(eng.other, '#p-attachment-add', ['Tiznit']));
      for (const field of ['country', 'skills', 'languages', 'availability', 'attachments', 'professional_path']) {
        await eng.other.selectOption(`select[name="vis.${field}"]`, 'public');
      }
      await Promise.all([eng.other.waitForNavigation(), eng.other.locator('.profile-edit button[type=submit]').click()]);
      check(new URL(eng.other.url()).search === '?saved=1',
        `the profile is saved: ${(await eng.other.locator('main').innerText()).slice(0, 800)}`);

      // 4. The representative publishes the sanitation-study need.
      await page.goto(`${baseUrl}${projectPath}/needs/new?kind=skill`);
      await page.fill('#need-title', NEED);
      await page.fill('#need-description', "Étude de faisabilité du réseau et de la station d'épuration, avec les habitants.");
      await openSkillPicker(page);
      await page.selectOption('select[name="skill.sanitation_studies"]', 'expert');
      await page.selectOption('select[name="skill.feasibility_studies"]', 'intermediate');
      await page.selectOption('#need-mode', 'on_site');
      await page.fill('#need-start', '2027-07-01');
      await page.fill('#need-end', '2027-08-31');
      await page.fill('#need-effort', '20');
      await page.check('input[name=languages][value=fr]');
      await page.check('input[name=languages][value=ar]');
      await page.locator('form button[type="submit"]').last().click();
      await page.waitForURL(/\/needs\/\d+\?saved=1$/);
      const needPath = new URL(page.url()).pathname;
      const needId = needPath.split('/').pop();

      // 5. She is first among the experts to invite, with the reasons.
      await page.goto(`${baseUrl}${needPath}#experts`);
      const first = page.locator('#experts li').first();
      const firstText = await first.textContent();
      check(firstText.includes(ENGINEER), `the engineer is first among the matches: ${firstText}`);
      const why = firstText.toLowerCase();
      check(/couvre[^;]*\b2\b[^;]*compétences/.test(why), `the reasons say she covers both skills: ${firstText}`);
      check(why.includes('arabe') || why.includes('français'), `the reasons name a shared language: ${firstText}`);
      check(why.includes('tiznit'), `the reasons name her attachment to the province: ${firstText}`);
      await screenshot('experts-need-matches-fr');
      await page.locator('#experts').screenshot({ path: `${SCREENSHOTS}experts-need-section-fr.png` });
      await inLang(page, baseUrl, 'ar', needPath);
      check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      check((await page.locator('#experts li').first().textContent()).includes(ENGINEER), 'first in Arabic too');
      await page.screenshot({ path: `${SCREENSHOTS}experts-need-matches-ar.png`, fullPage: true });
      await page.locator('#experts').screenshot({ path: `${SCREENSHOTS}experts-need-section-ar.png` });
      await inLang(page, baseUrl, 'fr', needPath);

      // 6. The representative invites her.
      const invite = first.locator(`form[action="/needs/${needId}/invitations"]`);
      const message = invite.locator('textarea[name="message"], input[name="message"]');
      // The message is optional (the section may fold it away until asked for).
      const summary = first.locator('details summary');
      if (await summary.count()) await summary.first().click();
      if (await message.count() && await message.first().isVisible()) {
        await message.first().fill('Votre profil correspond à notre étude : seriez-vous disponible cet été ?');
      }
      await invite.locator('button[type="submit"]').click();
      await page.waitForLoadState('load');

      // 7. The e-mail reaches her; she follows its link and offers help.
      const mail = await smtp.waitFor(engineer.email, 15_000);
      check(mail.body.includes(NEED) || mail.subject.includes(NEED) || mail.body.includes('Tafraout'), 'the e-mail names the need');
      const link = (mail.body.match(/https?:\/\/[^\s<>"]*\/needs\/\d+[^\s<>"]*/) ?? [firstLink(mail.body)])[0];
      check(link && link.includes(`/needs/${needId}`), `the e-mail links to the need: ${link}`);
      await eng.other.goto(link);
      const offer = eng.other.locator(`#mobilisation form[action="/needs/${needId}/offers"]`);
      await offer.locator('textarea[name="message"], input[name="message"]').first().fill(
        "Bonjour, je serai à Tafraout en juillet et août et je peux mener l'étude avec vous.");
      await offer.locator('button[type="submit"]').click();
      await eng.other.waitForLoadState('load');
      eng.watcher.assertClean();

      // 8. The representative accepts her with a role.
      await page.goto(`${baseUrl}${needPath}#mobilisation`);
      const accept = page.locator('#mobilisation form[action$="/accept"]').first();
      await accept.locator('input[name="role"], textarea[name="role"]').first().fill(ROLE);
      await accept.locator('button[type="submit"]').click();
      await page.waitForLoadState('load');

      // 9. She is in the project's team.
      await page.goto(`${baseUrl}${projectPath}`);
      const team = (await page.locator('#team').count()) ? page.locator('#team') : page.locator('main');
      const teamText = await team.textContent();
      check(teamText.includes(ENGINEER) && teamText.includes(ROLE), `the team shows her with her role: ${teamText}`);

      // 10. The time to first answer is recorded.
      // The API takes a bearer token, as a program would.
      const tokenReply = await page.request.post(`${baseUrl}/api/v1/tokens`, {
        data: { email: rep.email, password: PASSWORD },
      });
      check(tokenReply.status() === 201, `a token for the representative (${tokenReply.status()})`);
      const { token } = await tokenReply.json();
      const api = await page.request.get(`${baseUrl}/api/v1/needs/${needId}/mobilisation`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      check(api.ok(), `the mobilisation API answers the representative (${api.status()})`);
      const facts = await api.json();
      check(facts.time_to_first_answer_seconds !== undefined && facts.time_to_first_answer_seconds !== null,
        `the time to first answer is recorded: ${JSON.stringify(facts)}`);

      // The expert pool, in French and Arabic.
      await inLang(page, baseUrl, 'fr', '/experts?skill=sanitation_studies');
      check((await page.locator('main').textContent()).includes(ENGINEER), 'she is in the expert pool');
      await page.goto(`${baseUrl}/experts`);
      check(await page.locator('.ex-card').count() === 20, 'the pool shows 20 experts a page');
      await screenshot('experts-pool-fr');
      await inLang(page, baseUrl, 'ar', '/experts');
      await page.screenshot({ path: `${SCREENSHOTS}experts-pool-ar.png`, fullPage: true });
      check(watcher.problems.length === 0, `no page problem: ${watcher.problems}`);
    },
    { startServer: () => startComdev({ env, smtpUrl: smtp.url }) },
  );
} finally {
  await smtp.stop();
  await rm(dir, { recursive: true, force: true });
}
