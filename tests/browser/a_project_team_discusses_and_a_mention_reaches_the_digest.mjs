// A project's team discusses on phones, and a mention reaches the mentioned member's digest:
// 1. the demo engineer turns her daily digest on;
// 2. the demo representative of Taliouine adds her to her commune's project team as an expert;
// 3. the representative opens a thread in the team's discussion and mentions her; a script tag
//    is refused with a message, the text kept for correction;
// 4. the engineer sees the mention on /notifications, and her digest (the job looks every 2 s)
//    arrives in the outbox with the thread and its link — no e-mail of its own;
// 5. she follows the link and answers, in French, then reads the thread in Arabic.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { openMail } from './support/outbox.mjs';
import { startComdev } from './support/server.mjs';

const THREAD = 'Calendrier de la visite de terrain';

await journey(
  async ({ page, baseUrl, screenshot, server, watcher }) => {
    const { representative: rep, expert } = server.demoAccounts;

    // 1. The engineer asks for the daily digest.
    await signIn(page, baseUrl, expert, expert.password);
    await page.goto(`${baseUrl}/account/notifications`);
    await page.check('input[name=frequency][value=daily]');
    await page.locator('form[action="/account/notifications"] button[type=submit]').click();
    await page.waitForLoadState('load');
    await signOut(page, baseUrl);

    // 2. The representative adds her to the team of her commune's project.
    await signIn(page, baseUrl, rep, rep.password);
    await page.goto(`${baseUrl}/try`);
    await page.locator('a', { hasText: 'Commencer ici' }).first().click();
    await page.waitForURL(/\/projects\/\d+$/);
    const projectPath = new URL(page.url()).pathname;
    await page.locator(`#team a[href="${projectPath}/team"]`).click();
    await page.waitForURL(`${baseUrl}${projectPath}/team`);
    const add = page.locator(`form[action="${projectPath}/team/members"]`);
    await add.locator('input[name=email]').fill(expert.email);
    await add.locator('select[name=role_kind]').selectOption('expert');
    await add.locator('input[name=title]').fill('Hydraulicienne');
    await add.locator('button[type=submit]').click();
    await page.waitForURL(/\?done=added$/);
    check((await page.locator('.team-members').textContent()).includes('Nadia Ouhammou'), 'she is in the team');

    // 3. A thread with a mention; a script tag is refused with a message, nothing lost.
    await page.locator(`a[href="${projectPath}/discussion"]`).click();
    await page.waitForURL(`${baseUrl}${projectPath}/discussion`);
    await page.fill('#d-title', THREAD);
    await page.fill('#d-body', 'Bonjour <script>alert(1)</script>');
    await page.locator(`form[action="${projectPath}/discussion"] button[type=submit]`).click();
    await page.waitForLoadState('load');
    check((await page.locator('.form-errors').textContent()).includes('HTML'), 'the script tag is refused with a message');
    check(await page.inputValue('#d-title') === THREAD, 'the title typed is kept');
    // That 422 was asked for: drop its two reports (the response, and Chromium's console line),
    // so any other error still fails the journey.
    const expected = (p) => p.includes('422');
    check(watcher.problems.filter(expected).length === 2, `one refused form: ${watcher.problems}`);
    watcher.problems.splice(0, watcher.problems.length, ...watcher.problems.filter((p) => !expected(p)));
    await page.fill('#d-body', '@Nadia Ouhammou pouvez-vous venir le **12 janvier** ?');
    await page.locator(`form[action="${projectPath}/discussion"] button[type=submit]`).click();
    await page.waitForURL(/\/threads\/\d+$/);
    const threadPath = new URL(page.url()).pathname;
    check(await page.locator('.message strong', { hasText: '12 janvier' }).count() === 1, 'the Markdown is rendered');
    await screenshot('team-thread-carrier-fr');
    await signOut(page, baseUrl);

    // 4. The mention is on her notifications, then in her digest (not an e-mail of its own).
    await signIn(page, baseUrl, expert, expert.password);
    await page.goto(`${baseUrl}/notifications`);
    check((await page.locator('.notification-list').textContent()).includes('vous a mentionné'), 'the in-app notification');
    const digest = await openMail(page, baseUrl, expert.email, 'Du nouveau');
    const digestText = await digest.textContent();
    check(digestText.includes(THREAD), `the digest names the thread: ${digestText}`);
    check(!digestText.includes('12 janvier'), 'the digest does not carry the words of the message');
    const link = await digest.locator(`a[href$="${threadPath}"]`).first().getAttribute('href');
    check(link, 'the digest links to the thread');
    await screenshot('team-digest-fr');

    // 5. She answers, and reads the thread in Arabic.
    await page.goto(link);
    await page.fill('#m-body', 'Oui, je serai là le 12 janvier. Merci !');
    await page.locator(`form[action="${threadPath}/messages"] button[type=submit]`).click();
    await page.waitForURL(new RegExp(`${threadPath}#m\\d+$`));
    check(await page.locator('.message').count() === 2, 'two messages in the thread');
    await screenshot('team-thread-fr');
    await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(threadPath)}`);
    await page.waitForURL(`${baseUrl}${threadPath}`);
    check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
    check((await page.locator('#reply').textContent()).includes('الرد'), 'the reply form in Arabic');
    await screenshot('team-thread-ar');
  },
  { startServer: () => startComdev({ env: { COMDEV_DIGEST_PERIOD_SECONDS: '2' } }) },
);
