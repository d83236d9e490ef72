// An administrator, on a phone, opens the skill taxonomy (/admin/skills), renames a skill and
// adds a synonym; the edit is kept and the export carries it. Then a member opens their profile,
// finds the skill under its domain (a closed <details> that opens on a tap, no JavaScript needed),
// picks it with a level, and the domain stays open when the form comes back. Both pages are
// looked at in French and Arabic (right to left).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

const PASSWORD = 'une phrase de passe assez longue';
const dir = await mkdtemp(join(tmpdir(), 'comdev-skills-'));
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

// The picker alone, to look at closely at phone width (the whole page is 5000 pixels tall).
async function shootPicker(page, name) {
  const path = fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));
  await page.locator('.skill-picker').screenshot({ path });
}

async function signOut(page) {
  await page.context().clearCookies();
}

try {
  await journey(
    async ({ page, baseUrl, screenshot }) => {
      createUser('admin@example.org', 'Administratrice', 'admin');
      createUser('experte@example.org', 'Experte', 'member');

      // The administrator reaches the taxonomy from the account page.
      await signIn(page, baseUrl, 'admin@example.org');
      await page.goto(`${baseUrl}/account`);
      await Promise.all([page.waitForNavigation(), page.locator('a[href="/admin/skills"]').first().click()]);
      check((await page.locator('details.skill-domain').count()) === 21, 'the taxonomy does not show 21 domains');
      await screenshot('skills-admin-fr');

      const domain = page.locator('details.skill-domain').filter({ has: page.locator('summary code', { hasText: 'sanitation_domain' }) });
      await domain.locator('summary').click();
      await Promise.all([page.waitForNavigation(), domain.locator('.skills-admin-list a', { hasText: /^Assainissement$/ }).click()]);
      check(/\/admin\/skills\/\d+\/edit$/.test(page.url()), `the edit form is at ${page.url()}`);
      await page.fill('#skill-fr', 'Assainissement liquide');
      await page.fill('#skill-syn-fr', 'eaux usées\nSTEP');
      await screenshot('skills-edit-fr');
      await Promise.all([page.waitForNavigation(), page.locator('.skill-form button[type=submit]').click()]);
      check(new URL(page.url()).search === '?saved=1', `after saving the administrator is on ${page.url()}`);
      check((await page.locator('.badge').count()) >= 1, 'the edited skill is not marked as edited here');

      const exported = await page.evaluate(async () => (await fetch('/admin/skills.json')).text());
      const entry = JSON.parse(exported).find((e) => e.slug === 'sanitation');
      check(entry.fr === 'Assainissement liquide' && entry.synonyms.fr.includes('STEP'), 'the export lacks the edit');

      await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/admin/skills')}`);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      check((await page.evaluate(() => document.documentElement.dir)) === 'rtl', 'the Arabic taxonomy page is not rtl');
      await page.locator('details.skill-domain summary').first().click();
      await screenshot('skills-admin-ar');
      await page.goto(`${baseUrl}/lang/fr?next=${encodeURIComponent('/')}`);
      await signOut(page);

      // The member picks the renamed skill under its domain.
      await signIn(page, baseUrl, 'experte@example.org');
      await page.goto(`${baseUrl}/profile`);
      check((await page.locator('details.skill-domain[open]').count()) === 0, 'a domain is open on an empty profile');
      const picker = page.locator('details.skill-domain:has(select[name="skill.sanitation"])');
      await picker.locator('summary').click();
      const label = await picker.locator('label.skill:has(select[name="skill.sanitation"]) span').innerText();
      check(label === 'Assainissement liquide', `the picker names the skill "${label}"`);
      await page.selectOption('select[name="skill.sanitation"]', 'expert');
      await page.selectOption('select[name="skill.sanitation_domain"]', 'intermediate');
      await screenshot('skills-picker-fr');
      await shootPicker(page, 'skills-picker-only-fr');
      await Promise.all([page.waitForNavigation(), page.locator('.profile-edit button[type=submit]').click()]);
      check(new URL(page.url()).search === '?saved=1', `after saving the member is on ${page.url()}`);
      check((await page.locator('details.skill-domain[open]').count()) === 1, 'the chosen domain is not open again');
      check((await page.locator('select[name="skill.sanitation"]').inputValue()) === 'expert', 'the level is lost');

      await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/profile')}`);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      await screenshot('skills-picker-ar');
      await shootPicker(page, 'skills-picker-only-ar');
    },
    { startServer: () => startComdev({ env: { COMDEV_DATABASE_URL: env.COMDEV_DATABASE_URL } }) },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
