// A finished project's lessons become another commune's starting point, on phones:
// 1. the animator moves the Taliouine drinking-water project to done by an override (its
//    checklists were not kept), then the demo representative of Taliouine writes
//    its lessons-learned sheet — in Arabic, the language of the commune's council — and sends it
//    for review;
// 2. the community's animator finds it in the review queue and publishes it; the printed sheet
//    keeps only the sheet (the A4 print stylesheet);
// 3. the president of an association of Arbâa Sahel, reading in Arabic, searches "مياه" (the
//    sheet says "المياه") and "الشرب" (it says "للشرب"), finds the sheet with the words marked,
//    and starts a project for his own commune from it: he lands on the new project, prefilled
//    from the sheet (in the sheet's language) — shown in Arabic, then in French.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';

const TITLE = 'الماء الصالح للشرب لكل دواوير تالوين';
const CONTEXT = 'كانت النساء والفتيات يقطعن مسافات طويلة لجلب المياه الصالحة للشرب من العيون.';
const RESULTS = 'ربط **أربعة** دواوير بالشبكة وتكوين لجنة لتدبير الماء.';
const LESSONS = '- إشراك النساء منذ البداية.\n- الاحتفاظ بمحاضر الاجتماعات: «الوثائق ذاكرتنا».';

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep, animator, association } = server.demoAccounts;

  // 1. The representative: her project is done; she writes its sheet and submits it.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  // The works are over but the project's checklists were never kept up: the community's animator
  // moves it to "done" by an override with a written reason, which only an animator may do.
  await signOut(page, baseUrl);
  await signIn(page, baseUrl, animator, animator.password);
  await page.goto(`${baseUrl}${projectPath}/maturity`);
  await page.selectOption('#m-status', 'done');
  await page.fill('#m-reason', 'Travaux réceptionnés en 2025 ; les pièces sont chez la commune.');
  await page.locator(`form[action="${projectPath}/maturity/advance"] button[type=submit]`).click();
  await page.waitForURL(/\/maturity(\?.*)?(#.*)?$/);
  await signOut(page, baseUrl);
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}${projectPath}`);
  const start = page.locator(`form[action="${projectPath}/lesson"] button[type=submit]`);
  check(await start.count() === 1, 'a done project invites its team to write the sheet');
  await start.scrollIntoViewIfNeeded();
  await screenshot('lessons-project-done-fr');
  await start.click();
  await page.waitForURL(/\/lessons\/\d+\/edit$/);
  const sheetPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
  check(await page.locator('#e-context').count() === 1 && await page.locator('#e-budget').count() === 1,
    'the form has the sections of the booklet, from context to budget');
  await page.fill('#e-title', TITLE);
  await page.selectOption('#e-lang', 'ar');
  await page.fill('#e-period', '2021-2025');
  await page.fill('#e-context', CONTEXT);
  await page.fill('#e-objectives', 'ماء صالح للشرب في كل بيت.');
  await page.fill('#e-results', RESULTS);
  await page.fill('#e-difficulties', 'تأخر التحويلات المالية.');
  await page.fill('#e-lessons', LESSONS);
  await page.fill('#e-contacts', 'جماعة تالوين، المصلحة التقنية.');
  await screenshot('lessons-edit-fr');
  await page.locator('form.lesson-form button[type=submit]').click();
  await page.waitForURL(`${baseUrl}${sheetPath}?done=saved`);
  check(await page.locator('.lesson-results strong', { hasText: 'أربعة' }).count() === 1, 'the results are rendered Markdown');
  await page.locator('form.lesson-submit button[type=submit]').click();
  await page.waitForURL(`${baseUrl}${sheetPath}?done=submitted`);
  check((await page.locator('.lesson-state').textContent()).includes('En relecture'), 'the sheet waits for review');
  await screenshot('lessons-submitted-fr');
  await signOut(page, baseUrl);

  // 2. The animator: the review queue, then publication.
  await signIn(page, baseUrl, animator, animator.password);
  await page.goto(`${baseUrl}/lessons`);
  const queued = page.locator(`.lessons-queue a[href="${sheetPath}"]`);
  check(await queued.count() === 1, 'the sheet is in the animator\'s review queue');
  await screenshot('lessons-queue-fr');
  await queued.click();
  await page.waitForURL(`${baseUrl}${sheetPath}`);
  await page.locator('form.lesson-publish button[type=submit]').click();
  await page.waitForURL(`${baseUrl}${sheetPath}?done=published`);
  check(await page.locator('.lesson-state').count() === 0, 'a published sheet carries no state badge');
  await page.emulateMedia({ media: 'print' });
  check(!(await page.locator('.site-header').isVisible()) && !(await page.locator('.lesson-actions').isVisible()),
    'printed, the sheet has no header and no forms');
  check(await page.locator('.lesson-context h2').isVisible(), 'printed, the sections remain');
  await screenshot('lessons-sheet-print-fr');
  await page.emulateMedia({ media: 'screen' });
  await signOut(page, baseUrl);

  // 3. An association of Arbâa Sahel, in Arabic: the search, the sheet, a new project.
  await signIn(page, baseUrl, association, association.password);
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent('/lessons')}`);
  await page.waitForURL(`${baseUrl}/lessons`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  for (const q of ['الشرب', 'مياه']) {
    await page.fill('#l-q', q);
    await page.locator('form.lessons-filters button[type=submit]').click();
    await page.waitForURL(/\/lessons\?q=/);
    const card = page.locator('.lesson-card', { has: page.locator(`a[href="${sheetPath}"]`) });
    check(await card.count() === 1, `the search "${q}" finds the sheet`);
    check(await card.locator('mark').count() > 0, `the words matching "${q}" are marked`);
  }
  await screenshot('lessons-search-ar');
  await page.locator(`.lesson-card a[href="${sheetPath}"]`).click();
  await page.waitForURL(`${baseUrl}${sheetPath}`);
  check((await page.locator('.lesson-context h2').textContent()).includes('السياق'), 'the sections are titled in Arabic');
  await screenshot('lessons-sheet-ar');
  const commune = page.locator('#s-territory option', { hasText: 'Arbâa Sahel' }).first();
  await page.selectOption('#s-territory', await commune.getAttribute('value'));
  await page.locator('form.lesson-start-project button[type=submit]').click();
  await page.waitForURL(/\/projects\/\d+$/);
  check(new URL(page.url()).pathname !== projectPath, 'a new project, not the source');
  check((await page.locator('h1').textContent()).includes(TITLE), 'the new project carries the sheet\'s title');
  const body = await page.locator('main').textContent();
  check(body.includes('كانت النساء والفتيات'), 'its description starts from the sheet\'s context');
  check(body.includes('Arbâa Sahel'), 'it is in the commune he chose');
  await screenshot('lessons-new-project-ar');
  const newProject = new URL(page.url()).pathname;
  await page.goto(`${baseUrl}/lang/fr?next=${encodeURIComponent(newProject)}`);
  await page.waitForURL(`${baseUrl}${newProject}`);
  check((await page.locator('main').textContent()).includes(sheetPath), 'the description names its source sheet');
  await screenshot('lessons-new-project-fr');
  await page.goto(`${baseUrl}${sheetPath}`);
  check((await page.locator('.lesson-actions').textContent()).includes('1 projet lancé'), 'the sheet counts the project started from it');
});
