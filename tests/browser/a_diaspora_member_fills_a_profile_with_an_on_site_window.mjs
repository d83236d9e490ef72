// A diaspora member, on a phone, fills their profile: languages, sectors, a skill, an on-site
// window "Taliouine 2027-08-01 → 2027-08-20", and a visibility for each field. Then a visitor,
// another member and an animator open the profile, each in their own browser context, and see
// what the owner allowed them to see — no more.
//
// Accounts come from `comdev user create` on the journey's own database; people sign in through
// the sign-in page (/account/signin).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journey, check } from './support/journey.mjs';
import { watchPage, PHONE } from './support/browser.mjs';
import { startComdev } from './support/server.mjs';

const PASSWORD = 'une phrase de passe assez longue';
const dir = await mkdtemp(join(tmpdir(), 'comdev-profile-'));
const env = { ...process.env, COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}` };

function createUser(email, name, role) {
  const r = spawnSync(process.env.COMDEV_BIN, ['user', 'create', '--email', email, '--name', name, '--role', role], {
    env,
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`comdev user create ${email} failed: ${r.stderr}`);
}

async function signIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/account/signin`);
  await page.fill('#signin-email', email);
  await page.fill('#signin-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/account/signin"] button[type=submit]').click()]);
}

async function newViewer(browser) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-MA' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { page, watcher: watchPage(page) };
}

const texts = (page) => page.locator('main').innerText();

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      createUser('amina@example.org', 'Amina', 'member');
      createUser('youssef@example.org', 'Youssef', 'member');
      createUser('animatrice@example.org', 'Animatrice', 'animator');

      // The owner fills the profile at phone width.
      await signIn(page, baseUrl, 'amina@example.org');
      await page.goto(`${baseUrl}/profile`);
      await page.fill('#p-display-name', 'Amina Ait Baha');
      await page.fill('#p-bio', 'Ingénieure hydraulicienne, je reviens chaque été.');
      await page.check('input[name=languages][value=ber]');
      await page.check('input[name=languages][value=fr]');
      await page.fill('#p-country', 'France');
      await page.fill('#p-city', 'Villeurbanne');
      await page.check('input[name=sectors][value=water]');
      // Skills are grouped by domain, each a closed <details>: open the one holding it.
      await page.locator('details.skill-domain:has(select[name="skill.hydraulics"]) > summary').click();
      await page.selectOption('select[name="skill.hydraulics"]', 'expert');
      await page.fill('#p-hours', '12');
      await page.fill('.window-new input[name=window_place]', 'Taliouine');
      await page.fill('.window-new input[name=window_starts]', '2027-08-01');
      await page.fill('.window-new input[name=window_ends]', '2027-08-20');
      await page.selectOption('select[name="vis.country"]', 'public');
      await page.selectOption('select[name="vis.sectors"]', 'public');
      await page.selectOption('select[name="vis.bio"]', 'members');
      await page.selectOption('select[name="vis.availability"]', 'members');
      await page.selectOption('select[name="vis.city"]', 'animators');
      await page.selectOption('select[name="vis.skills"]', 'animators');
      await screenshot('profile-edit-fr');
      await Promise.all([page.waitForNavigation(), page.locator('.profile-edit button[type=submit]').click()]);
      check(new URL(page.url()).search === '?saved=1', `after saving the owner is on ${page.url()}`);
      check((await page.locator('[role=status]').count()) === 1, 'no confirmation after saving');
      // The saved window is shown back, and a new blank row is offered.
      const places = await page.locator('input[name=window_place]').evaluateAll((els) => els.map((e) => e.value));
      check(places[0] === 'Taliouine' && places.length === 2, `window rows after saving: ${JSON.stringify(places)}`);
      const profileHref = await page.locator('.profile-edit a[href^="/members/"]').first().getAttribute('href');
      const profileUrl = `${baseUrl}${profileHref}`;

      await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/profile')}`);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      check((await page.evaluate(() => document.documentElement.dir)) === 'rtl', 'the Arabic edit page is not rtl');
      await screenshot('profile-edit-ar');

      const browser = page.context().browser();

      // A visitor: the name, the country and the sector; nothing for members or animators.
      const visitor = await newViewer(browser);
      await visitor.page.goto(profileUrl);
      let seen = await texts(visitor.page);
      for (const shown of ['Amina Ait Baha', 'France', 'Eau potable']) {
        check(seen.includes(shown), `the visitor does not see "${shown}"`);
      }
      for (const hidden of ['Ingénieure', 'Taliouine', 'Villeurbanne', 'Hydraulique', 'amina@example.org']) {
        check(!seen.includes(hidden), `the visitor sees "${hidden}"`);
      }
      await visitor.page.screenshot({ path: await shotPath('profile-public-fr'), fullPage: true });
      await visitor.page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(profileHref)}`);
      await visitor.page.waitForFunction(() => document.documentElement.lang === 'ar');
      seen = await texts(visitor.page);
      check(seen.includes('الماء الصالح للشرب') && !seen.includes('Taliouine'), 'the Arabic public view differs');
      await visitor.page.screenshot({ path: await shotPath('profile-public-ar'), fullPage: true });
      visitor.watcher.assertClean();

      // Another member: also the bio, the languages and the on-site window; not the city or skills.
      const member = await newViewer(browser);
      await signIn(member.page, baseUrl, 'youssef@example.org');
      await member.page.goto(profileUrl);
      seen = await texts(member.page);
      for (const shown of ['Ingénieure hydraulicienne', 'Taliouine', 'Amazighe']) {
        check(seen.includes(shown), `the member does not see "${shown}"`);
      }
      for (const hidden of ['Villeurbanne', 'Hydraulique', 'amina@example.org']) {
        check(!seen.includes(hidden), `the member sees "${hidden}"`);
      }
      const dates = await member.page.locator('.windows time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
      check(dates.join(' ') === '2027-08-01 2027-08-20', `the window's dates are ${dates}`);
      await member.page.screenshot({ path: await shotPath('profile-member-fr'), fullPage: true });
      member.watcher.assertClean();

      // The animator: everything, the e-mail included.
      const animator = await newViewer(browser);
      await signIn(animator.page, baseUrl, 'animatrice@example.org');
      await animator.page.goto(profileUrl);
      seen = await texts(animator.page);
      for (const shown of ['Villeurbanne', 'Hydraulique', 'amina@example.org', 'Taliouine']) {
        check(seen.includes(shown), `the animator does not see "${shown}"`);
      }
      animator.watcher.assertClean();
    },
    { startServer: () => startComdev({ env: { COMDEV_DATABASE_URL: env.COMDEV_DATABASE_URL } }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function shotPath(name) {
  const { fileURLToPath } = await import('node:url');
  return fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));
}
