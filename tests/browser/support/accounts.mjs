// Accounts for journeys: created from the shell with `comdev user create` (as an operator would
// bootstrap them), then signed in through the real sign-in page.
import { execFile } from 'node:child_process';
import { PHONE, watchPage } from './browser.mjs';

// Creates `user` ({email, name}) with `role` (member | animator | admin) in the database named
// by env.COMDEV_DATABASE_URL; the password is read by comdev from standard input.
export async function createUser(env, user, role, password) {
  const child = execFile(process.env.COMDEV_BIN, [
    'user', 'create', '--email', user.email, '--name', user.name, '--role', role,
  ], { env: { ...process.env, ...env } });
  child.stdin.end(`${password}\n`);
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`user create exited ${code}`))));
  });
}

// Signs `user` in on `page` and waits until the site has moved on from the sign-in page.
export async function signIn(page, baseUrl, user, password) {
  await page.goto(`${baseUrl}/account/signin`);
  await page.fill('#signin-email', user.email);
  await page.fill('#signin-password', password);
  await page.locator('form[action="/account/signin"] button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/account/signin'));
}

// The member signed in on `page`, on an organisation's page, asks to speak for it with
// `message`; an animator, on another phone, verifies the request with `note` (how it was
// checked). `requestText` picks the request in the animators' queue when several may wait.
// Returns the organisation's path.
export async function askToRepresentAndGetVerified(page, baseUrl, { animator, password, message, note, requestText }) {
  const organisationPath = new URL(page.url()).pathname;
  await page.fill('#represent-message', message);
  await page.locator(`form[action="${organisationPath}/represent"] button[type="submit"]`).click();
  await page.waitForURL(/\?sent=1$/);
  const context = await page.context().browser().newContext({ viewport: PHONE, locale: 'fr-MA' });
  const queue = await context.newPage();
  queue.setDefaultTimeout(10_000);
  const watcher = watchPage(queue);
  await signIn(queue, baseUrl, animator, password);
  await queue.goto(`${baseUrl}/animation/representatives`);
  const requests = requestText ? queue.locator('li.request', { hasText: requestText }) : queue.locator('li.request');
  const request = requests.first();
  await request.locator('input[name="note"]').fill(note);
  await request.locator('button[value="verify"]').click();
  await queue.waitForURL(/done=verified$/);
  watcher.assertClean();
  await context.close();
  return organisationPath;
}

// Signs out through the header's button, as a person would, and waits for the home page.
export async function signOut(page, baseUrl) {
  await page.locator('.account-nav form[action="/account/signout"] button').click();
  await page.waitForURL(`${baseUrl}/`);
}
