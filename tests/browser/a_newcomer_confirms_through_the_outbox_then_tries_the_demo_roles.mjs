// A newcomer who has just run script/server (no SMTP relay, a loopback address, the demo
// community) signs up on a phone: the confirmation e-mail is kept in the local outbox, opened at
// /dev/outbox, and its link signs the person in. Then, from the demo banner's "try every role"
// page, the newcomer signs in as the demo commune representative (who starts from her commune's project) and
// as the demo animator (who reaches the verification queue). Screenshots: /try and the outbox in
// French and Arabic.
//
// Contract with the pages: the layout's .demo-notice links to /try; /try lists each account's
// address; /dev/outbox lists messages in .outbox-list and a message's body is .mail-body.
import { journey, check } from './support/journey.mjs';
import { signIn, signOut } from './support/accounts.mjs';

const email = 'nouvelle.venue@example.org';
const name = 'Nouvelle Venue';

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const accounts = server.demoAccounts;
  for (const role of ['representative', 'association', 'expert', 'heart_expert', 'animator', 'admin']) {
    check(accounts[role]?.password, `comdev demo printed the ${role} account`);
  }

  await page.goto(`${baseUrl}/`);
  await page.locator('.demo-notice a[href="/try"]').click();
  await page.waitForURL(/\/try$/);
  const tryText = await page.locator('main').textContent();
  for (const role of Object.keys(accounts)) {
    check(tryText.includes(accounts[role].email), `/try lists ${accounts[role].email}`);
    check(!tryText.includes(accounts[role].password), `/try never shows a password (${role})`);
  }
  await screenshot('try-fr');

  // Sign up: no relay, so the e-mail waits in the outbox.
  await page.goto(`${baseUrl}/account/signup`);
  await page.fill('#signup-name', name);
  await page.fill('#signup-email', email);
  await page.fill('#signup-password', 'Taliouine en août, toujours');
  await page.selectOption('#signup-lang', 'fr');
  await page.locator('form[action="/account/signup"] button[type="submit"]').click();
  await page.waitForURL(/\/account\/check-mail$/);

  await page.goto(`${baseUrl}/dev/outbox`);
  const message = page.locator('.outbox-list a', { hasText: 'Confirmez votre adresse e-mail' });
  check(await message.count() === 1, 'the confirmation e-mail is in the outbox');
  await screenshot('outbox-fr');
  await message.click();
  await page.waitForURL(/\/dev\/outbox\/[^/]+\.eml$/);
  check((await page.locator('.mail-body').textContent()).includes(`Bonjour ${name}`), 'the e-mail greets the person');
  await screenshot('outbox-message-fr');
  await page.locator('.mail-body a[href*="/account/verify?token="]').click();
  await page.waitForURL(/\/account\?welcome=1$/);
  check((await page.locator('.account-nav').textContent()).includes(name), 'signed in after the link');
  await signOut(page, baseUrl);

  // The demo representative of Taliouine.
  const rep = accounts.representative;
  await signIn(page, baseUrl, { email: rep.email }, rep.password);
  check((await page.locator('.account-nav').textContent()).includes('Taliouine'), 'signed in as the representative');
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  check((await page.locator('h1').textContent()).includes('Taliouine'), "she starts from her commune's project");
  await signOut(page, baseUrl);

  // The demo animator reaches the queue of representatives to verify.
  const animator = accounts.animator;
  await signIn(page, baseUrl, { email: animator.email }, animator.password);
  const queue = await page.goto(`${baseUrl}/animation/representatives`);
  check(queue.status() === 200, `the animator's queue answers ${queue.status()}`);

  // The same pages in Arabic, mirrored.
  await page.goto(`${baseUrl}/lang/ar?next=%2Ftry`);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await screenshot('try-ar');
  await page.goto(`${baseUrl}/dev/outbox`);
  await screenshot('outbox-ar');
});
