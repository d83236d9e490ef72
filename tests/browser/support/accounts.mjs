// Accounts for journeys: created from the shell with `comdev user create` (as an operator would
// bootstrap them), then signed in through the real sign-in page.
import { execFile } from 'node:child_process';

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
