// The README's "Try it" tour, as a newcomer takes it after script/server (no SMTP relay: e-mail
// lands in the local outbox), with the demo accounts `comdev demo` printed:
// 1. the "diaspora de cœur" expert turns the daily digest on;
// 2. the demo representative of Taliouine adds a feasibility-study need to her commune's project;
// 3. the need's page proposes experts with reasons, the demo engineer first; she is invited;
// 4. the invitation is in the outbox; the engineer signs in, follows its link, offers help;
//    meanwhile the heart expert's digest arrives in the outbox with the new need;
// 5. the representative accepts her with a role: she is in the project's team.
// The digest job looks every 2 s here, from the start (COMDEV_DIGEST_PERIOD_SECONDS; 300 by
// default; COMDEV_JOBS_DELAY_SECONDS 0, 5 by default).
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { openMail } from './support/outbox.mjs';
import { startComdev } from './support/server.mjs';

const NEED = 'Étude de faisabilité du réseau d\'eau potable des douars';
const ROLE = "Ingénieure de l'étude";

await journey(
  async ({ page, baseUrl, screenshot, server }) => {
    const { representative: rep, expert, heart_expert: heart } = server.demoAccounts;

    // 1. The heart expert asks for the daily digest.
    await signIn(page, baseUrl, heart, heart.password);
    await page.goto(`${baseUrl}/account/notifications`);
    await page.check('input[name=frequency][value=daily]');
    await page.locator('form[action="/account/notifications"] button[type=submit]').click();
    await page.waitForLoadState('load');
    await signOut(page, baseUrl);

    // 2. The representative opens her commune's project from /try and adds the need.
    await signIn(page, baseUrl, rep, rep.password);
    await page.goto(`${baseUrl}/try`);
    await page.locator('a', { hasText: 'Commencer ici' }).first().click();
    await page.waitForURL(/\/projects\/\d+$/);
    check((await page.locator('h1').textContent()).includes('Eau potable pour les douars de Taliouine'), 'her commune\'s project');
    const projectPath = new URL(page.url()).pathname;
    await page.goto(`${baseUrl}${projectPath}/needs/new?kind=skill`);
    await page.fill('#need-title', NEED);
    await page.fill('#need-description', 'Recenser les douars, estimer la ressource et le coût du raccordement.');
    await page.evaluate(() => document.querySelectorAll('details.skill-domain').forEach((d) => { d.open = true; }));
    await page.selectOption('select[name="skill.hydraulics"]', 'expert');
    await page.selectOption('select[name="skill.feasibility_studies"]', 'intermediate');
    await page.selectOption('#need-mode', 'both');
    await page.check('input[name=languages][value=fr]');
    await page.locator('form button[type="submit"]').last().click();
    await page.waitForURL(/\/needs\/\d+\?saved=1$/);
    const needPath = new URL(page.url()).pathname;
    const needId = needPath.split('/').pop();

    // 3. The engineer from near Taliouine is first, with reasons; she is invited.
    await page.goto(`${baseUrl}${needPath}#experts`);
    const first = page.locator('#experts li').first();
    const firstText = await first.textContent();
    check(firstText.includes('Nadia Ouhammou'), `the demo engineer is first: ${firstText}`);
    check(firstText.toLowerCase().includes('taliouine'), `the reasons name Taliouine: ${firstText}`);
    await screenshot('tour-matches-fr');
    await first.locator(`form[action="/needs/${needId}/invitations"] button[type="submit"]`).click();
    await page.waitForLoadState('load');
    await signOut(page, baseUrl);

    // 4. The invitation waits in the outbox; the engineer follows its link and offers help.
    const invitation = await openMail(page, baseUrl, expert.email, 'Taliouine');
    const link = await invitation.locator(`a[href*="/needs/${needId}"]`).first().getAttribute('href');
    check(link, 'the invitation links to the need');
    await screenshot('tour-invitation-fr');
    // The heart expert's digest arrives with the new need, while it still looks for experts (once
    // an expert is accepted below, the need is no longer offered to others).
    const digest = await openMail(page, baseUrl, heart.email, '');
    check((await digest.textContent()).includes(NEED), 'the digest names the new need');
    await screenshot('tour-digest-fr');
    await signIn(page, baseUrl, expert, expert.password);
    await page.goto(link);
    const offer = page.locator(`#mobilisation form[action="/needs/${needId}/offers"]`);
    await offer.locator('textarea[name="message"], input[name="message"]').first().fill(
      'Bonjour, je connais bien les douars de Taliouine et je peux mener cette étude.');
    await offer.locator('button[type="submit"]').click();
    await page.waitForLoadState('load');
    await signOut(page, baseUrl);

    // 5. The representative accepts her with a role: the team forms.
    await signIn(page, baseUrl, rep, rep.password);
    await page.goto(`${baseUrl}${needPath}#mobilisation`);
    const accept = page.locator('#mobilisation form[action$="/accept"]').first();
    await accept.locator('input[name="role"], textarea[name="role"]').first().fill(ROLE);
    await accept.locator('button[type="submit"]').click();
    await page.waitForLoadState('load');
    await page.goto(`${baseUrl}${projectPath}`);
    const teamText = await page.locator('#team').textContent();
    check(teamText.includes('Nadia Ouhammou') && teamText.includes(ROLE), `the team: ${teamText}`);
    await screenshot('tour-team-fr');

  },
  // The jobs start at once (not after the default 5 s): the tour takes the need from open to
  // accepted within seconds, and the digest only tells of needs still looking for experts.
  {
    startServer: () =>
      startComdev({ env: { COMDEV_DIGEST_PERIOD_SECONDS: '2', COMDEV_JOBS_DELAY_SECONDS: '0' } }),
  },
);
