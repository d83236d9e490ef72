// A visitor on a phone opens the home page in French, switches to Arabic and gets the same
// page mirrored right-to-left; the page stays light enough for a slow mobile network.
//
// Contract with the layout (templates/layout.html): <html lang dir>, the main navigation is
// <nav class="entries"> with the three entries of the brief (projects, experts, opportunities)
// and the search, and the language switch is a link to /lang/ar?next=….
import { journey, check } from './support/journey.mjs';

const MAX_PAGE_BYTES = 50 * 1024; // BRIEF.md: a page well under 50 KB compressed

await journey(async ({ page, baseUrl, watcher, screenshot }) => {
  await page.goto(`${baseUrl}/`);
  await expectLanguage(page, 'fr', 'ltr');
  const navLinks = await page.locator('nav.entries a').count();
  check(navLinks === 4, `the main navigation has ${navLinks} entries, expected 4`);
  const projectsHref = await page.locator('nav.entries a').first().getAttribute('href');
  check(projectsHref === '/projects', `the first entry leads to ${projectsHref}, expected /projects`);
  check((await page.locator('nav.entries a[href="/search"]').count()) === 1,
        'the main navigation has no link to the search');
  await screenshot('home-fr');

  const bytes = await watcher.transferredBytes();
  const detail = (await watcher.transfers()).map((t) => `${t.bytes} ${t.url}`).join('\n  ');
  check(bytes < MAX_PAGE_BYTES, `the home page weighs ${bytes} bytes (limit ${MAX_PAGE_BYTES}):\n  ${detail}`);
  console.log(`home page (fr): ${bytes} bytes transferred`);

  await page.locator('a[href^="/lang/ar"]').first().click();
  // The switch answers 303 back to the page; wait for the Arabic document, not a fixed delay.
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.waitForLoadState('load');
  await expectLanguage(page, 'ar', 'rtl');
  check(new URL(page.url()).pathname === '/', `after the switch the visitor is on ${page.url()}, expected /`);
  await screenshot('home-ar');
});

async function expectLanguage(page, lang, dir) {
  const html = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
  check(html.lang === lang, `<html lang="${html.lang}">, expected "${lang}"`);
  check(html.dir === dir, `<html dir="${html.dir}">, expected "${dir}"`);
}
