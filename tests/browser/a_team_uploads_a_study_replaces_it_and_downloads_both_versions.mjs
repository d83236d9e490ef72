// A project team keeps its feasibility study in its workspace, on phones:
// 1. the demo representative of Taliouine opens her commune's project team, goes to its
//    documents and uploads the study (a PDF) with the plain form, no script needed;
// 2. she uploads version 2 under the same title: the document keeps version 1, shows a preview
//    of the latest version's first page, and both versions download with their own names and
//    bytes;
// 3. in Arabic, right to left, she uploads the Arabic summary under its Arabic name and
//    downloads it under that name.
import { readFile } from 'node:fs/promises';
import { signIn } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';

// A one-page PDF with a line of text, its cross-reference table computed, so a reader (and the
// server's preview renderer) opens it.
function pdf(text) {
  const stream = `BT /F1 28 Tf 60 700 Td (${text}) Tj ET`;
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

const TITLE = 'Étude de faisabilité';
const V1 = pdf('Etude de faisabilite - version 1');
const V2 = pdf('Etude de faisabilite - version 2, budget revu');
const AR = pdf('Resume en arabe');

async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep } = server.demoAccounts;

  // 1. The study, uploaded from the team's page.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  await page.goto(`${baseUrl}${projectPath}/team`);
  await page.locator(`a[href="${projectPath}/documents"]`).click();
  await page.waitForURL(`${baseUrl}${projectPath}/documents`);
  await page.fill('#d-title', TITLE);
  await page.selectOption('#d-kind', 'study');
  await page.setInputFiles('#d-file', { name: `${TITLE}.pdf`, mimeType: 'application/pdf', buffer: V1 });
  await screenshot('documents-upload-form-fr');
  await page.locator(`form[action="${projectPath}/documents"] button[type=submit]`).click();
  await page.waitForURL(/\/documents\/\d+\?done=uploaded$/);
  const documentPath = new URL(page.url()).pathname;
  check((await page.locator('h1').textContent()).includes(TITLE), 'the document has its title');
  check(await page.locator('.version-card').count() === 1, 'one version');

  // 2. Version 2 under the same title, from the document's page.
  await page.setInputFiles('#d-file', { name: `${TITLE} v2.pdf`, mimeType: 'application/pdf', buffer: V2 });
  await page.locator(`form[action="${documentPath}/versions"] button[type=submit]`).click();
  await page.waitForURL(`${baseUrl}${documentPath}?done=uploaded`);
  check(await page.locator('.version-card').count() === 2, 'version 1 is kept beside version 2');
  const preview = page.locator('img.document-preview');
  check(await preview.count() === 1, 'the latest version has a preview');
  await preview.scrollIntoViewIfNeeded();
  const width = await preview.evaluate((img) => img.complete && img.naturalWidth);
  check(width > 0, 'the preview image loads');
  await screenshot('documents-versions-fr');
  const links = page.locator('.version-card a[download]');
  const latest = await download(page, links.nth(0));
  const first = await download(page, links.nth(1));
  check(latest.name === `${TITLE} v2.pdf`, `version 2 downloads under its name: ${latest.name}`);
  check(latest.bytes.equals(V2), 'version 2 downloads its own bytes');
  check(first.name === `${TITLE}.pdf`, `version 1 downloads under its name: ${first.name}`);
  check(first.bytes.equals(V1), 'version 1 is intact');
  await page.goto(`${baseUrl}${projectPath}/documents`);
  check((await page.locator('.document-list').textContent()).includes('v2'), 'the list shows version 2');
  await screenshot('documents-list-fr');

  // 3. In Arabic: an Arabic file name, uploaded and downloaded under that name.
  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(`${projectPath}/documents`)}`);
  await page.waitForURL(`${baseUrl}${projectPath}/documents`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  const arabicName = 'ملخص دراسة الجدوى.pdf';
  await page.fill('#d-title', '');
  await page.selectOption('#d-kind', 'study');
  await page.setInputFiles('#d-file', { name: arabicName, mimeType: 'application/pdf', buffer: AR });
  await page.locator(`form[action="${projectPath}/documents"] button[type=submit]`).click();
  await page.waitForURL(/\/documents\/\d+\?done=uploaded$/);
  check((await page.locator('h1').textContent()).includes('ملخص دراسة الجدوى'), 'the title comes from the Arabic name');
  const summary = await download(page, page.locator('.version-card a[download]').first());
  check(summary.name === arabicName, `the Arabic name survives the download: ${summary.name}`);
  check(summary.bytes.equals(AR), 'the summary downloads its bytes');
  await screenshot('documents-document-ar');
  await page.goto(`${baseUrl}${documentPath}`);
  await screenshot('documents-versions-ar');
  await page.goto(`${baseUrl}${projectPath}/documents`);
  await screenshot('documents-list-ar');
});
