// A visitor on a phone searches the demo community in French then in Arabic (results ranked,
// matched words marked), then opens the map with the tile server unreachable — as on this
// machine, which has no internet: the markers are still drawn from the GeoJSON endpoint, the
// list under the map still lists the projects, and the filters work as a plain form. Both pages
// stay within 390 px and are screenshot in French and Arabic.
//
// Contract with templates/search/index.html and templates/map/index.html: the box is #search-q,
// results are ol.search-results > li with <mark> around matched words; the map is #map (map.js
// sets data-markers to the number drawn), the list is ol.map-list, the filters form.filters.
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

// Leaflet is downloaded only when the reader presses #map-show: before that, the page loads no
// Leaflet file; after, the markers are drawn.
async function showMap(page) {
  const leafletBefore = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.includes('/vendor/leaflet/')).length);
  check(leafletBefore === 0, 'the map page loaded Leaflet before the reader asked for the map');
  await page.click('#map-show');
  await page.waitForSelector('#map[data-markers]');
}

const DEAD_TILES = 'http://127.0.0.1:65500/{z}/{x}/{y}.png'; // nothing listens there

async function noSideways(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 390, `${what} is ${width} px wide at 390 px: it scrolls sideways`);
}

await journey(
  async ({ page, baseUrl, watcher, screenshot }) => {
    // Search, in French, typed in the box.
    await page.goto(`${baseUrl}/search`);
    await page.fill('#search-q', 'eau potable');
    await Promise.all([page.waitForURL(/q=eau/), page.locator('form.search-form button').click()]);
    const results = await page.locator('ol.search-results > li').count();
    check(results > 0, 'the demo community has results for "eau potable"');
    check(await page.locator('ol.search-results mark').count() > 0, 'matched words are marked');
    await noSideways(page, 'the search page');
    await screenshot('search-fr');

    // The same box in Arabic.
    await page.locator('a[href^="/lang/ar"]').first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('الماء')}`);
    check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'Arabic is right-to-left');
    const arabic = await page.locator('ol.search-results > li').count();
    console.log(`search: ${results} results for "eau potable", ${arabic} for "الماء"`);
    await noSideways(page, 'the Arabic search page');
    await screenshot('search-ar');

    // The map, tiles unreachable: markers and list still there.
    await page.goto(`${baseUrl}/map`);
    await showMap(page);
    const markers = await page.locator('#map').getAttribute('data-markers');
    check(Number(markers) > 0, `markers drawn with no tiles: ${markers}`);
    check(await page.locator('#map path.leaflet-interactive').count() === Number(markers),
      'each marker is on the map');
    check(await page.locator('ol.map-list > li').count() > 0, 'the list lists the projects');
    await noSideways(page, 'the Arabic map page');
    await screenshot('map-ar');

    // Back to French; a marker opens a popup linking to its project.
    await page.locator('a[href^="/lang/fr"]').first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.goto(`${baseUrl}/map`);
    await showMap(page);
    const bytes = await watcher.transferredBytes();
    console.log(`map: ${markers} markers; ${bytes} bytes transferred in all (Leaflet included)`);
    await page.locator('#map path.leaflet-interactive').first().click({ force: true });
    const popup = page.locator('.leaflet-popup-content a');
    check(/^\/projects\/\d+$/.test(await popup.getAttribute('href')), 'the popup links to the project');
    await noSideways(page, 'the map page');
    await screenshot('map-fr');

    // Tiles that cannot load are expected here; anything else is a problem.
    const dead = (p) => p.includes('127.0.0.1:65500/') || p.includes('ERR_CONNECTION_REFUSED');
    watcher.problems.splice(0, watcher.problems.length, ...watcher.problems.filter((p) => !dead(p)));
  },
  { startServer: () => startComdev({ env: { COMDEV_MAP_TILES: DEAD_TILES } }) },
);
