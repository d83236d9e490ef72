// A visitor on a phone opens the pages a newcomer sees first, in French and in Arabic: every
// link, button and field is at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8), links inside a sentence
// aside, and every page says what it is in a <meta name="description"> for search engines and
// shared links.
//
// A target is "inside a sentence" when its block holds more text than the target itself (a
// link in a paragraph): WCAG exempts those, their size being set by the line of text.
import { journey, check } from './support/journey.mjs';

const PAGES = ['/', '/projects', '/needs', '/experts', '/search?q=eau', '/plans', '/organisations', '/try',
  '/account/signin', '/account/signup', '/contact'];

function smallTargets() {
  const out = [];
  const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary');
  for (const el of targets) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;  // not shown
    if (r.width >= 24 && r.height >= 24) continue;
    // Inline in a sentence: the nearest block holds more text than the target.
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const own = (el.textContent || '').trim().length;
    const around = (block?.textContent || '').trim().length;
    if (el.tagName === 'A' && around > own + 2) continue;
    out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  return out;
}

await journey(async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/projects`);
  const project = await page.locator('main a[href^="/projects/"]').first().getAttribute('href');
  const pages = [...PAGES, project];
  const problems = [];
  for (const lang of ['fr', 'ar']) {
    await page.goto(`${baseUrl}/lang/${lang}?next=%2F`);
    for (const path of pages) {
      const res = await page.goto(`${baseUrl}${path}`);
      check(res.status() === 200, `${path} answers ${res.status()}`);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      check(description && description.trim().length > 20, `${lang} ${path} has a meta description`);
      for (const t of await page.evaluate(smallTargets)) problems.push(`${lang} ${path}: ${t}`);
    }
  }
  check(problems.length === 0, `targets under 24 × 24 px:\n${problems.join('\n')}`);
});
