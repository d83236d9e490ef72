// An invited expert lands in the project's team as an expert, on a phone, in French then Arabic:
// 1. the demo representative of Taliouine adds a skill need to her commune's project and invites
//    the engineer the matching engine proposes first;
// 2. the engineer follows the invitation's link from the outbox and offers help;
// 3. the representative accepts her with a title: on the project's page the team section shows
//    her and leads to the team page, where she is an expert with that title;
// 4. the engineer opens the team page: she is in, may open the team's discussion, and reads the
//    page in Arabic, mirrored.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { openMail } from './support/outbox.mjs';
import { startComdev } from './support/server.mjs';

const NEED = 'Étude hydraulique des douars de Taliouine';
const TITLE = "Ingénieure de l'étude";

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep, expert } = server.demoAccounts;

  // 1. The need, and the invitation of the first expert proposed.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  await page.goto(`${baseUrl}${projectPath}/needs/new?kind=skill`);
  await page.fill('#need-title', NEED);
  await page.fill('#need-description', 'Estimer la ressource en eau et le coût du raccordement.');
  await page.evaluate(() => document.querySelectorAll('details.skill-domain').forEach((d) => { d.open = true; }));
  await page.selectOption('select[name="skill.hydraulics"]', 'expert');
  await page.selectOption('#need-mode', 'both');
  await page.check('input[name=languages][value=fr]');
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL(/\/needs\/\d+\?saved=1$/);
  const needPath = new URL(page.url()).pathname;
  const needId = needPath.split('/').pop();
  await page.goto(`${baseUrl}${needPath}#experts`);
  const first = page.locator('#experts li').first();
  check((await first.textContent()).includes('Nadia Ouhammou'), 'the demo engineer is proposed first');
  await first.locator(`form[action="/needs/${needId}/invitations"] button[type="submit"]`).click();
  await page.waitForLoadState('load');
  await signOut(page, baseUrl);

  // 2. The engineer answers the invitation by offering help.
  const invitation = await openMail(page, baseUrl, expert.email, 'Taliouine');
  const link = await invitation.locator(`a[href*="/needs/${needId}"]`).first().getAttribute('href');
  await signIn(page, baseUrl, expert, expert.password);
  await page.goto(link);
  const offer = page.locator(`#mobilisation form[action="/needs/${needId}/offers"]`);
  await offer.locator('textarea[name="message"], input[name="message"]').first().fill(
    'Bonjour, je peux mener cette étude hydraulique.');
  await offer.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  await signOut(page, baseUrl);

  // 3. The representative accepts her with a title; the team section leads to the team page.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}${needPath}#mobilisation`);
  const accept = page.locator('#mobilisation form[action$="/accept"]').first();
  await accept.locator('input[name="role"], textarea[name="role"]').first().fill(TITLE);
  await accept.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}${projectPath}`);
  const section = page.locator('#team');
  check((await section.textContent()).includes('Nadia Ouhammou'), 'the team section names her');
  await section.locator(`a[href="${projectPath}/team"]`).click();
  await page.waitForURL(`${baseUrl}${projectPath}/team`);
  const card = page.locator('.team-members li', { hasText: 'Nadia Ouhammou' });
  const cardText = await card.textContent();
  check(cardText.includes('Expert·e') && cardText.includes(TITLE), `she is an expert: ${cardText}`);
  await signOut(page, baseUrl);

  // 4. The engineer sees herself in the team, with the way to its discussion, in French and Arabic.
  await signIn(page, baseUrl, expert, expert.password);
  await page.goto(`${baseUrl}${projectPath}/team`);
  check(await page.locator(`a[href="${projectPath}/discussion"]`).count() === 1, 'the workspace is open to her');
  check(await page.locator(`form[action="${projectPath}/team/leave"]`).count() === 1, 'she may leave');
  await screenshot('team-expert-fr');
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(`${projectPath}/team`)}`);
  await page.waitForURL(`${baseUrl}${projectPath}/team`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  const arCard = await page.locator('.team-members li', { hasText: 'Nadia Ouhammou' }).textContent();
  check(arCard.includes('خبير(ة)'), `the Arabic role label: ${arCard}`);
  await screenshot('team-expert-ar');
});
