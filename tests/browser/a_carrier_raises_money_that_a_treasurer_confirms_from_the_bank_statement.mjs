// A commune raises money for its drinking-water study through an association, on phones:
// 1. the demo representative of Taliouine starts a campaign on her commune's project: the goal in
//    dirhams, the dates, the collecting association (a verified association: the commune itself
//    may not call for donations), the bank details and what the money pays for; she sends it
//    for review;
// 2. the animator finds it in the review queue and publishes it;
// 3. a diaspora expert, reading in Arabic, right to left, pledges 500 dirhams and gets the
//    reference to put on her transfer; the bar still counts nothing (the money has not arrived);
// 4. the association's treasurer imports the bank's statement (Windows-1252, ';', comma
//    decimals, the account's lines above the header): the pledge is confirmed, and the campaign's
//    bar now counts the 500 dirhams, and the project's public ledger shows them as money in; the
//    treasurer finds the gift's receipt in the association's register;
// 5. the donor, in Arabic, opens her pledge, follows "my receipt" and downloads its PDF.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';

const TITLE = 'Étude d’eau potable pour les douars de Taliouine';
const COLLECTOR = 'Association Ouijjane pour le Développement et la Solidarité';

// The statement as the association's bank exports it: Windows-1252 (é as 0xE9), the account's
// details first, then the columns in the bank's own order.
function statement(reference) {
  const text =
    'Relevé de compte;Association Ouijjane\r\n' +
    '\r\n' +
    'Date opération;Libellé;Débit;Crédit\r\n' +
    `04/12/2026;VIR SEPA RECU DON ${reference};;500,00\r\n` +
    '05/12/2026;FRAIS TENUE DE COMPTE;8,00;\r\n';
  return Buffer.from(text, 'latin1');
}

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep, animator, expert, treasurer } = server.demoAccounts;
  check(treasurer, 'the demo has a treasurer account');

  // 1. The campaign, from the commune's project.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  check((await page.locator('h1').textContent()).includes('Taliouine'), 'the commune\'s project');
  const projectPath = new URL(page.url()).pathname;
  await page.locator(`a[href="${projectPath}/campaigns/new"]`).click();
  await page.waitForURL(`${baseUrl}${projectPath}/campaigns/new`);
  await page.fill('#c-title', TITLE);
  await page.fill('#c-description', 'Financer l’étude de faisabilité du réseau.');
  await page.fill('#c-goal', '45 000');
  await page.selectOption('#c-currency', 'MAD');
  await page.fill('#c-start', '2026-01-01');
  await page.fill('#c-end', '2099-12-31');
  await page.selectOption('#c-org', { label: COLLECTOR });
  await page.check('input[name="audience"][value="diaspora"]');
  await page.fill('#c-bank', 'RIB 007 780 0001234567890123 45 (démo)');
  await page.locator('input[name="use_label"]').first().fill('Étude topographique');
  await page.locator('input[name="use_amount"]').first().fill('20 000');
  await page.locator('input[name="use_label"]').nth(1).fill('Étude hydraulique');
  await page.locator('input[name="use_amount"]').nth(1).fill('25 000');
  await screenshot('campaigns-form-fr');
  await page.locator(`form[action="${projectPath}/campaigns"] button[type=submit]`).click();
  await page.waitForURL(/\/campaigns\/\d+\?done=saved$/);
  const campaignPath = new URL(page.url()).pathname;
  check((await page.locator('h1').textContent()).includes('Taliouine'), 'the campaign has its title');
  await page.locator(`form[action="${campaignPath}/submit"] button`).click();
  await page.waitForURL(`${baseUrl}${campaignPath}?done=submitted`);
  check((await page.locator('.campaign-state-submitted').count()) === 1, 'the campaign waits for review');
  await signOut(page, baseUrl);

  // 2. The animator publishes it from the queue.
  await signIn(page, baseUrl, animator, animator.password);
  await page.goto(`${baseUrl}/campaigns`);
  await page.locator('.campaigns-queue a', { hasText: 'Taliouine' }).click();
  await page.waitForURL(`${baseUrl}${campaignPath}`);
  await page.locator(`form[action="${campaignPath}/publish"] button`).click();
  await page.waitForURL(`${baseUrl}${campaignPath}?done=published`);
  check((await page.locator('.campaign-state-published').count()) === 1, 'the campaign is published');
  await signOut(page, baseUrl);

  // 3. A donor, in Arabic, pledges 500 dirhams.
  await signIn(page, baseUrl, expert, expert.password);
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(campaignPath)}`);
  await page.waitForURL(`${baseUrl}${campaignPath}`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  check((await page.locator('.bank-details').textContent()).includes('RIB 007'), 'a member sees the bank details');
  await page.fill('#p-amount', '٥٠٠');
  await screenshot('campaigns-pledge-form-ar');
  await page.locator(`form[action="${campaignPath}/pledges"] button[type=submit]`).click();
  await page.waitForURL(/\/pledges\/\d+\?done=made$/);
  const reference = (await page.locator('.pledge-reference').textContent()).trim();
  const pledgePath = new URL(page.url()).pathname;
  check(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/.test(reference), `a reference to type: ${reference}`);
  await screenshot('campaigns-pledge-ar');
  await page.goto(`${baseUrl}${campaignPath}`);
  check((await page.locator('.campaign-progress progress').getAttribute('value')) === '0', 'a pledge alone does not move the bar');
  await page.goto(`${baseUrl}/lang/fr?next=${encodeURIComponent('/')}`);
  await signOut(page, baseUrl);

  // 4. The treasurer imports the bank statement.
  await signIn(page, baseUrl, treasurer, treasurer.password);
  await page.goto(`${baseUrl}/campaigns`);
  await page.locator('.notice a', { hasText: 'Ouijjane' }).click();
  await page.waitForURL(/\/treasury\/\d+$/);
  const treasuryPath = new URL(page.url()).pathname;
  check((await page.locator('.treasury-pledge', { hasText: reference }).count()) === 1, 'the pledge waits in the treasury');
  await page.setInputFiles('#i-file', { name: 'releve.csv', mimeType: 'text/csv', buffer: statement(reference) });
  await page.locator(`form[action="${treasuryPath}/import"] button[type=submit]`).click();
  await page.waitForURL(`${baseUrl}${treasuryPath}/import`);
  const report = await page.locator('.import-report').textContent();
  check(report.includes('1 promesse confirmée'), `the import confirms the pledge: ${report}`);
  check((await page.locator('.treasury-pledge', { hasText: reference }).textContent()).includes('Confirmée'), 'the pledge is confirmed');
  await screenshot('campaigns-treasury-fr');
  await page.goto(`${baseUrl}${campaignPath}`);
  check((await page.locator('.campaign-progress').textContent()).includes('500'), 'the bar counts the confirmed money');
  check((await page.locator('.campaign-progress progress').getAttribute('value')) === '1', 'one percent of 45,000');
  await screenshot('campaigns-campaign-fr');
  // The project's public ledger shows the donation as money in, by its reference, without the
  // donor's name.
  await page.goto(`${baseUrl}${projectPath}/ledger`);
  const ledger = await page.locator('main').textContent();
  check(ledger.includes(reference), 'the ledger shows the donation by its reference');
  check(!ledger.includes('Nadia'), 'the public ledger does not name the donor');
  await screenshot('campaigns-ledger-fr');
  // The receipt of the gift is in the association's register.
  await page.goto(`${baseUrl}${treasuryPath}`);
  await page.locator(`a[href="${treasuryPath}/receipts"]`).click();
  await page.waitForURL(`${baseUrl}${treasuryPath}/receipts`);
  const register = await page.locator('.receipts-list').textContent();
  check(/\d{4}-\d{6}/.test(register) && register.includes('Nadia'), `the register lists the receipt: ${register}`);
  await screenshot('receipts-register-fr');
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(treasuryPath)}`);
  await page.waitForURL(`${baseUrl}${treasuryPath}`);
  await screenshot('campaigns-treasury-ar');
  await page.goto(`${baseUrl}/lang/fr?next=${encodeURIComponent('/')}`);
  await signOut(page, baseUrl);

  // 5. The donor downloads her receipt, reading in Arabic.
  await signIn(page, baseUrl, expert, expert.password);
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(pledgePath)}`);
  await page.waitForURL(`${baseUrl}${pledgePath}`);
  await page.locator(`a[href="${pledgePath}/receipt"]`).click();
  await page.waitForURL(/\/receipts\/\d+$/);
  const receipt = await page.locator('main').textContent();
  check(receipt.includes('500'), 'the receipt shows the amount');
  check(/\d{4}-000\d{3}/.test(receipt), 'the receipt has its number');
  await screenshot('receipts-show-ar');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[href$="/receipt.pdf"]').click(),
  ]);
  check(/^recu-\d{4}-\d{6}\.pdf$/.test(download.suggestedFilename()), `the PDF's name: ${download.suggestedFilename()}`);
  const pdfPath = await download.path();
  const { readFileSync } = await import('node:fs');
  check(readFileSync(pdfPath).subarray(0, 5).toString() === '%PDF-', 'the download is a PDF');
});
