// A member of the diaspora signs up on a phone, in French: the confirmation e-mail really
// leaves the server over SMTP, reaches a local mail server, and the link it carries confirms
// the address and signs the person in. Screenshots: the sign-up page in French and Arabic, and
// the account page the person lands on.
//
// Contract with the pages: the header links to /account/signup; the form's fields are named
// display_name, email, password, lang; after the link the person lands on /account, and the
// header shows their name.
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';
import { startSmtpSink, firstLink } from './support/smtp.mjs';

const smtp = await startSmtpSink();
const email = 'nadia.diaspora@example.org';
const name = 'Nadia Aït Ouaarab';

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      await page.goto(`${baseUrl}/`);
      await page.locator('a[href="/account/signup"]').first().click();
      await page.waitForURL(/\/account\/signup$/);
      check((await page.locator('h1').textContent()).includes('Créer un compte'), 'the sign-up page is in French');
      await screenshot('signup-fr');

      await page.fill('#signup-name', name);
      await page.fill('#signup-email', email);
      await page.fill('#signup-password', 'Taliouine en août, toujours');
      await page.selectOption('#signup-lang', 'fr');
      await page.locator('form[action="/account/signup"] button[type="submit"]').click();
      await page.waitForURL(/\/account\/check-mail$/);
      check((await page.locator('[role="status"]').textContent()).includes('48 heures'), 'the page says to check the mailbox');

      const mail = await smtp.waitFor(email);
      check(mail.subject === 'Confirmez votre adresse e-mail', `subject: ${mail.subject}`);
      check(mail.body.includes(`Bonjour ${name}`), 'the e-mail greets the person by name');
      const link = firstLink(mail.body);
      check(link && link.startsWith(`${baseUrl}/account/verify?token=`), `link in the e-mail: ${link}`);

      await page.goto(link);
      await page.waitForURL(/\/account\?welcome=1$/);
      check((await page.locator('main').textContent()).includes(email), 'the account page shows the address');
      check((await page.locator('.account-nav').textContent()).includes(name), 'the header shows the name');
      check(await page.locator('.account-nav form[action="/account/signout"]').count() === 1, 'a sign-out button');
      await screenshot('account-fr');

      // The same link a second time: a clear refusal, not a second sign-in.
      const again = await page.request.get(link);
      check(again.status() === 410, `a reused link answers ${again.status()}`);

      // The sign-up page in Arabic, mirrored (a new visitor: sign out first).
      await page.locator('.account-nav form[action="/account/signout"] button').click();
      await page.waitForURL(`${baseUrl}/`);
      await page.goto(`${baseUrl}/lang/ar?next=%2Faccount%2Fsignup`);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
      await screenshot('signup-ar');
    },
    { startServer: () => startComdev({ smtpUrl: smtp.url }) },
  );
} finally {
  await smtp.stop();
}
