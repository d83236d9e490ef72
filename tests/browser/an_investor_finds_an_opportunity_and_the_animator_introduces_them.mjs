// An investor from the diaspora meets an opportunity of her home region, on phones:
// 1. the demo expert (a diaspora engineer from near Taliouine) opens /opportunities in French:
//    the notice says that nothing here is a public offering and that the platform takes no
//    money; she filters by sector, opens the map (Leaflet is fetched only then), searches
//    "safran" and opens the Taliouine saffron unit; the contact line is not shown; she says she
//    is interested (who she is, what interests her, 50 000 EUR, how to reach her);
// 2. the community's animator finds the request in the queue and introduces them;
// 3. the investor, now reading in Arabic, sees the introduction on her page with the contact line
//    of the publishing side, and on the opportunity's page; the Arabic list finds the Arabic
//    project by "الأركان";
// 4. the commune's representative (the publishing side) sees the investor's contact line.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

const TITLE = 'Unité de conditionnement du safran de Taliouine';
const CONTACT = "Bureau d'accueil des migrants de la commune de Taliouine";
const REACH = 'investisseur.demo@example.org';

async function noSideways(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 390, `${what} is ${width} px wide at 390 px: it scrolls sideways`);
}

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { expert: investor, animator, representative: rep } = server.demoAccounts;

  // 1. The investor, in French.
  await signIn(page, baseUrl, investor, investor.password);
  await page.goto(`${baseUrl}/opportunities`);
  check((await page.locator('.opportunities-notice').textContent()).includes('offre au public de titres financiers'),
    'the list says nothing here is a public offering');
  await page.selectOption('#o-sector', 'agriculture');
  await page.locator('form.opportunities-filters button[type=submit]').click();
  await page.waitForURL(/\/opportunities\?.*sector=agriculture/);
  check(await page.locator('.opportunity-card', { hasText: TITLE }).count() === 1, 'the sector filter keeps the saffron unit');
  check(await page.locator('.opportunity-card', { hasText: 'Tafraout' }).count() === 0, 'and leaves the Tafraout lodge out');
  check((await page.locator('#o-sector option[selected]').textContent()).match(/\(\d+\)/), 'a filter value shows its count');
  await page.click('#map-show');
  await page.waitForSelector('#map[data-markers]');
  check(Number(await page.locator('#map').getAttribute('data-markers')) >= 1, 'the map draws the opportunity at its commune');
  await noSideways(page, 'the filtered list');
  await screenshot('opportunities-list-fr');
  await page.goto(`${baseUrl}/opportunities`);
  await page.fill('#o-q', 'safran');
  await page.locator('form.opportunities-filters button[type=submit]').click();
  await page.waitForURL(/\/opportunities\?q=safran/);
  await page.locator('.opportunity-card a', { hasText: TITLE }).click();
  await page.waitForURL(/\/opportunities\/\d+$/);
  const path = new URL(page.url()).pathname;
  check((await page.locator('.opportunities-notice').textContent()).includes('ne reçoit ni ne transfère aucun argent'),
    'the opportunity says the platform takes no money');
  check(!(await page.locator('main').textContent()).includes(CONTACT), 'the contact line is not shown before an introduction');
  await page.fill('#i-about', 'Ingénieure en agroalimentaire à Lyon, originaire de la région de Taroudant.');
  await page.fill('#i-interest', 'Co-investir dans l\'unité et aider à la démarche qualité pour l\'export.');
  await page.fill('#i-amount', '50 000');
  await page.selectOption('#i-currency', 'EUR');
  await page.fill('#i-contact', REACH);
  await screenshot('opportunity-interest-fr');
  await page.locator('form.opportunity-interest-form button[type=submit]').click();
  await page.waitForURL(`${baseUrl}${path}?done=interest`);
  check(await page.locator('.opportunity-mine .request-requested').count() === 1, 'the request waits for the animators');
  check(await page.locator('form.opportunity-interest-form').count() === 0, 'a second request cannot be sent while one waits');
  await noSideways(page, 'the opportunity');
  await screenshot('opportunity-requested-fr');
  await signOut(page, baseUrl);

  // 2. The animator introduces them.
  await signIn(page, baseUrl, animator, animator.password);
  await page.goto(`${baseUrl}/opportunities`);
  const queued = page.locator('.opportunities-requests-queue a', { hasText: TITLE });
  check(await queued.count() >= 1, 'the request is in the animators\' queue');
  await screenshot('opportunities-queue-fr');
  await queued.first().click();
  await page.waitForURL(new RegExp(`${path}#requests$`));
  const request = page.locator('.opportunity-request', { hasText: REACH });
  check(await request.count() === 1, 'the animator reads the request with how to reach the investor');
  await request.locator('form.request-introduce button[type=submit]').click();
  await page.waitForURL(new RegExp(`${path}\\?done=introduced`));
  check(await page.locator('.opportunity-request.request-introduced').count() === 1, 'the request is now an introduction');
  await screenshot('opportunity-introduced-fr');
  await signOut(page, baseUrl);

  // 3. The investor, in Arabic: the introduction and the contact line.
  await signIn(page, baseUrl, investor, investor.password);
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/notifications')}`);
  await page.waitForURL(`${baseUrl}/notifications`);
  check(await page.locator('a[href="/me/opportunities"]').count() >= 1, 'a notification leads to the introduction');
  await page.locator('a[href="/me/opportunities"]').first().click();
  await page.waitForURL(`${baseUrl}/me/opportunities`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  check((await page.locator('.request-introduced .opportunity-contact-line').textContent()).includes(CONTACT),
    'the investor now sees the contact line of the publishing side');
  await noSideways(page, 'the investor\'s page');
  await screenshot('opportunities-mine-ar');
  await page.goto(`${baseUrl}${path}`);
  check((await page.locator('.opportunity-contact-line').textContent()).includes(CONTACT), 'and on the opportunity itself');
  check((await page.locator('.opportunities-notice').textContent()).includes('لا شيء هنا يُعدّ عرضاً عاماً'),
    'the notice is in Arabic');
  await screenshot('opportunity-show-ar');
  await page.goto(`${baseUrl}/opportunities`);
  await page.fill('#o-q', 'الأركان');
  await page.locator('form.opportunities-filters button[type=submit]').click();
  await page.waitForURL(/\/opportunities\?q=/);
  check(await page.locator('.opportunity-card', { hasText: 'زيت الأركان' }).count() === 1, 'the Arabic search finds the argan project');
  await noSideways(page, 'the Arabic list');
  await screenshot('opportunities-list-ar');
  await signOut(page, baseUrl);

  // 4. The commune's representative reads how to reach the investor.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}${path}`);
  check((await page.locator('#requests').textContent()).includes(REACH), 'the publishing side reads the investor\'s contact once introduced');
},
// No tile server: the markers are drawn on a blank background (no request leaves the machine).
{ startServer: () => startComdev({ env: { COMDEV_MAP_TILES: '' } }) });
