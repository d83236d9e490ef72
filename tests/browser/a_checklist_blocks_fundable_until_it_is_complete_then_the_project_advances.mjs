// The maturity path of a commune's project, on phones:
// 1. the demo representative of Taliouine opens her commune's project: the public page shows the
//    path (six stages), where the project stands and what the next stage lacks; she moves it from
//    idea to "maturing", whose checklist is empty;
// 2. she asks for "ready for funding": refused (409) with its reason, because the demo
//    community's checklist — feasibility study, budget by line, council deliberation, a carrier
//    and a confirmed expert in the team — is not complete;
// 3. she ticks the three items with their evidence and adds the demo engineer to the team as an
//    expert (the computed item follows); the project advances, the timeline tells it;
// 4. the public page and the path's page in Arabic, right to left.
import { fileURLToPath } from 'node:url';
import { signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';

// The path's section alone, beside the full-page screenshots, to look at it closely.
const section = (page, name) =>
  page.locator('section.maturity-path').screenshot({ path: fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url)) });

const EVIDENCE = [
  'Étude de faisabilité du bureau d’études, version 2',
  'Budget en 14 lignes, 2,4 millions de dirhams',
  'Délibération n° 12/2026 du conseil communal',
];

await journey(async ({ page, baseUrl, watcher, screenshot, server }) => {
  const { representative: rep, expert } = server.demoAccounts;
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;

  // 1. The public page shows the path; the representative opens its page.
  const path = page.locator('section.maturity-path');
  check(await path.locator('ol.maturity-steps li').count() === 6, 'the path has six stages');
  await section(page, 'maturity-section-idea-fr');
  check((await path.textContent()).includes('Étape 1 sur 6 : Idée'), 'the project is at its first stage');
  check(await page.locator('section.maturity-path ~ section.project-team').count() === 1, 'the path comes before the team');
  await path.locator(`a[href="${projectPath}/maturity"]`).click();
  await page.waitForURL(`${baseUrl}${projectPath}/maturity`);
  await page.selectOption('#m-status', 'maturing');
  await page.fill('#m-note', 'Diagnostic participatif tenu avec les douars');
  await page.locator(`form[action="${projectPath}/maturity/advance"] button[type=submit]`).click();
  await page.waitForURL(/\?done=advanced$/);
  check((await page.locator('.maturity-where').textContent()).includes('Étape 2 sur 6'), 'the project is maturing');

  // 2. "Ready for funding" is refused: the checklist is incomplete.
  await page.selectOption('#m-status', 'ready');
  await page.locator(`form[action="${projectPath}/maturity/advance"] button[type=submit]`).click();
  await page.waitForSelector('.form-errors');
  check((await page.locator('.form-errors').textContent()).includes('n’est pas complète') ||
        (await page.locator('.form-errors').textContent()).includes("n'est pas complète"), 'the refusal says why');
  check(watcher.problems.length > 0 && watcher.problems.every((p) => p.includes('409')), `only the expected 409: ${watcher.problems}`);
  watcher.problems.splice(0);
  await screenshot('maturity-blocked-fr');
  await page.goto(`${baseUrl}${projectPath}/maturity`);
  check((await page.locator('.maturity-where').textContent()).includes('Étape 2 sur 6'), 'nothing changed');

  // 3. The checklist is completed: three ticks with their evidence, an expert in the team.
  const ready = page.locator('#stage-ready');
  for (const note of EVIDENCE) {
    const form = ready.locator('form.tick-form:has(input[name=done][value="1"])').first();
    await form.locator('input[name=note]').fill(note);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\?done=ticked#item-\d+$/);
  }
  check((await ready.textContent()).includes(EVIDENCE[2]), 'the evidence is shown to the team');
  await page.goto(`${baseUrl}${projectPath}/team`);
  const add = page.locator(`form[action="${projectPath}/team/members"]`);
  await add.locator('input[name=email]').fill(expert.email);
  await add.locator('select[name=role_kind]').selectOption('expert');
  await add.locator('button[type=submit]').click();
  await page.waitForURL(/\?done=added$/);
  await page.goto(`${baseUrl}${projectPath}/maturity`);
  check(await page.locator('#stage-ready .badge').count() === 1, 'the "ready" checklist is complete');
  await page.selectOption('#m-status', 'ready');
  await page.fill('#m-note', 'Dossier complet pour les bailleurs');
  await page.locator(`form[action="${projectPath}/maturity/advance"] button[type=submit]`).click();
  await page.waitForURL(/\?done=advanced$/);
  check((await page.locator('.maturity-where').textContent()).includes('Étape 3 sur 6 : Prêt à financer'), 'the project advanced');
  await screenshot('maturity-advanced-fr');
  await page.goto(`${baseUrl}${projectPath}/activity`);
  check((await page.locator('.timeline').textContent()).includes('Prêt à financer'), 'the timeline tells the stage change');
  await page.goto(`${baseUrl}${projectPath}`);
  check((await page.locator('section.maturity-path').textContent()).includes('Étape 3 sur 6'), 'the public page shows the new stage');
  await screenshot('maturity-project-fr');
  await section(page, 'maturity-section-ready-fr');

  // 4. In Arabic, right to left.
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(projectPath)}`);
  await page.waitForURL(`${baseUrl}${projectPath}`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  const arPath = await page.locator('section.maturity-path').textContent();
  check(arPath.includes('مسار النضج') && arPath.includes('جاهز للتمويل'), `the path in Arabic: ${arPath}`);
  await screenshot('maturity-project-ar');
  await section(page, 'maturity-section-ready-ar');
  await page.goto(`${baseUrl}${projectPath}/maturity`);
  check((await page.locator('#stage-ready').textContent()).includes('ميزانية مفصلة حسب البنود'), 'the checklist in Arabic');
  await screenshot('maturity-page-ar');
});
