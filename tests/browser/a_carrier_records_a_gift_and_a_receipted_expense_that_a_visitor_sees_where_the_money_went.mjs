// Where the money went, on phones:
// 1. the demo representative (a carrier of her commune's project) uploads the carrier's invoice
//    to the team's documents, then in the project's accounts records a materials gift (valued)
//    and a money-out with that invoice as its receipt, shown to the public;
// 2. a visitor, not signed in, follows the project page's link to "Où est allé l'argent", sees
//    both entries with the totals, and downloads the receipt;
// 3. the same page in Arabic reads right to left with the same entries.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';

function pdf(text) {
  const stream = `BT /F1 24 Tf 60 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const INVOICE = 'Facture du transporteur';
const GIFT = 'Sacs de ciment donnés par la coopérative';
const EXPENSE = 'Transport des tuyaux';

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep } = server.demoAccounts;

  // 1. The invoice, then the two entries.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  await page.goto(`${baseUrl}${projectPath}/documents`);
  await page.fill('#d-title', INVOICE);
  await page.selectOption('#d-kind', 'other');
  await page.setInputFiles('#d-file', { name: 'facture.pdf', mimeType: 'application/pdf', buffer: pdf('Facture 2026-014') });
  await page.locator(`form[action="${projectPath}/documents"] button[type=submit]`).click();
  await page.waitForURL(/\/documents\/\d+\?done=uploaded$/);

  await page.goto(`${baseUrl}${projectPath}/ledger/team`);
  await page.selectOption('#l-kind', 'material');
  await page.fill('#l-label', GIFT);
  await page.fill('#l-amount', '2 400');
  await page.selectOption('#l-currency', 'MAD');
  await page.fill('#l-qty', '40 sacs de 50 kg');
  await screenshot('ledger-team-form-fr');
  await page.locator('form.ledger-form button[type=submit]').first().click();
  await page.waitForURL(/\/ledger\/team\?done=recorded$/);
  check((await page.locator('.ledger-entries').first().textContent()).includes(GIFT), 'the gift is in the team ledger');

  await page.selectOption('#l-kind', 'money_out');
  await page.fill('#l-label', EXPENSE);
  await page.fill('#l-amount', '1250,50');
  await page.selectOption('#l-doc', { label: INVOICE });
  await page.check('input[name=receipt_public]');
  await page.fill('#l-piece', 'F-2026-014');
  await page.locator('form.ledger-form button[type=submit]').first().click();
  await page.waitForURL(/\/ledger\/team\?done=recorded$/);
  await screenshot('ledger-team-fr');
  await signOut(page, baseUrl);

  // 2. A visitor follows the project page's link.
  await page.goto(`${baseUrl}${projectPath}`);
  await page.locator(`a[href="${projectPath}/ledger"]`).first().click();
  await page.waitForURL(`${baseUrl}${projectPath}/ledger`);
  check((await page.locator('h1').textContent()).includes("Où est allé l'argent"), 'the public page in French');
  const entries = await page.locator('.ledger-entries').textContent();
  check(entries.includes(GIFT) && entries.includes(EXPENSE), 'the visitor sees the gift and the expense');
  check(entries.includes('40 sacs de 50 kg'), 'the gift shows its quantity');
  const totals = await page.locator('.ledger-totals').textContent();
  check(totals.includes('2') && totals.includes('400'), 'the totals show the valued gift');
  const receipt = page.locator(`a[href*="/receipt"]`);
  check(await receipt.count() === 1, 'the public receipt is linked');
  const response = await page.request.get(`${baseUrl}${await receipt.getAttribute('href')}`);
  check(response.status() === 200, 'the receipt downloads');
  check((await response.body()).subarray(0, 5).toString() === '%PDF-', 'the receipt is the PDF');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!overflow, 'nothing overflows the phone width');
  await screenshot('ledger-public-fr');

  // 3. In Arabic.
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(`${projectPath}/ledger`)}`);
  await page.waitForURL(`${baseUrl}${projectPath}/ledger`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  check((await page.locator('h1').textContent()).includes('أين ذهب المال'), 'the public page in Arabic');
  const arEntries = await page.locator('.ledger-entries').textContent();
  check(arEntries.includes(GIFT) && arEntries.includes(EXPENSE), 'the same entries in Arabic');
  const arOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!arOverflow, 'nothing overflows the phone width in Arabic');
  await screenshot('ledger-public-ar');
});
