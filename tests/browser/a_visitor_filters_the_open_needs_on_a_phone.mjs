// A visitor on a phone opens the list of open needs of every project, narrows it to skill needs
// with the filter form (a plain GET form: no JavaScript involved), sees how many needs each value
// would leave, then reads the same list in Arabic, mirrored. The page stays light and never
// scrolls sideways at 390 px.
//
// Contract with templates/needslist/list.html: the form is form.nl-filters with one <select>
// per filter (#nf-type …), rows are li.nl-row with the class nl-<kind>, the total is p.nl-count.
import { journey, check } from './support/journey.mjs';

const MAX_PAGE_BYTES = 50 * 1024; // BRIEF.md: a page well under 50 KB compressed

await journey(async ({ page, baseUrl, watcher, screenshot }) => {
  await page.goto(`${baseUrl}/needs`);
  check((await page.locator('h1').innerText()).length > 0, 'the page has a title');
  const rows = await page.locator('li.nl-row').count();
  check(rows > 0, 'the demo community has open needs listed');
  check(rows <= 20, `${rows} rows on a page, expected at most 20`);

  // Every value of the type filter says how many needs it would leave.
  const options = await page.locator('#nf-type option').allInnerTexts();
  check(options.length >= 2, `the type filter offers ${options.length} choices`);
  for (const o of options.slice(1)) check(/\(\d[\d\s\u202f.,]*\)$/.test(o), `option "${o}" has no count`);
  const skillOption = await page.locator('#nf-type option[value="skill"]').innerText();
  const expected = Number(skillOption.match(/\(([\d\s\u202f.,]+)\)$/)[1].replace(/\D/g, ''));

  await page.selectOption('#nf-type', 'skill');
  await Promise.all([page.waitForURL(/type=skill/), page.locator('form.nl-filters button[type=submit]').click()]);
  const kinds = await page.locator('li.nl-row').evaluateAll((lis) => lis.map((li) => li.className));
  check(kinds.length > 0, 'skill needs are listed');
  check(kinds.every((k) => k.includes('nl-skill')), `only skill needs after filtering: ${kinds.join(', ')}`);
  const count = await page.locator('p.nl-count').innerText();
  check(Number(count.replace(/\D/g, '')) === expected,
    `the list says "${count}" where the option promised ${expected}`);
  check(await page.locator('#nf-type option[value="skill"]').evaluate((o) => o.selected), 'the filter stays selected');

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 390, `the page is ${width} px wide at 390 px: it scrolls sideways`);
  const bytes = await watcher.transferredBytes();
  check(bytes < MAX_PAGE_BYTES, `the needs list weighs ${bytes} bytes (limit ${MAX_PAGE_BYTES})`);
  console.log(`needs list (fr, type=skill): ${bytes} bytes transferred, ${kinds.length} rows`);
  await screenshot('needs-list-fr');

  await page.locator('a[href^="/lang/ar"]').first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.waitForLoadState('load');
  check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
  // The language switch returns to the path (the layout keeps no query string): filter again.
  await page.goto(`${baseUrl}/needs?type=skill`);
  check(await page.evaluate(() => document.documentElement.lang) === 'ar', 'the choice of Arabic is kept');
  check(await page.locator('li.nl-skill').count() > 0, 'skill needs are listed in Arabic');
  const widthAr = await page.evaluate(() => document.documentElement.scrollWidth);
  check(widthAr <= 390, `the Arabic page is ${widthAr} px wide at 390 px`);
  await screenshot('needs-list-ar');
});
