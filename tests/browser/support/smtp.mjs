// A real SMTP server for journeys: tests/support/smtp_sink.py (aiosmtpd, run with Debian's
// /usr/bin/python3) writing each message it receives to a temp dir.
//
//   const smtp = await startSmtpSink();
//   ... startComdev({ smtpUrl: smtp.url }) ...
//   const mail = await smtp.waitFor('amina@example.org');   // { to, subject, body, raw }
//   const link = firstLink(mail.body);
//   await smtp.stop();
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../support/smtp_sink.py', import.meta.url));

export async function startSmtpSink() {
  const dir = await mkdtemp(join(tmpdir(), 'comdev-smtp-'));
  // stdin stays open as a pipe: the sink exits by itself if this process dies.
  const child = spawn('/usr/bin/python3', [SCRIPT, '--port', '0', '--dir', dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the SMTP sink did not start in 15 s')), 15_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/^(\d+)\n/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the SMTP sink exited (code ${code}): is python3-aiosmtpd installed?`));
    });
  });
  const seen = new Set();

  async function waitFor(to, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const files = (await readdir(dir)).filter((f) => f.endsWith('.eml') && !seen.has(f)).sort();
      for (const f of files) {
        const mail = parseMail(await readFile(join(dir, f)));
        if (mail.to.toLowerCase() === to.toLowerCase()) {
          seen.add(f);
          return mail;
        }
      }
      if (Date.now() > deadline) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill('SIGTERM');
    }
    await exited;
    await rm(dir, { recursive: true, force: true });
  }

  return { port, url: `smtp://127.0.0.1:${port}`, waitFor, stop };
}

// The first http(s) URL in a text.
export function firstLink(text) {
  const m = text.match(/https?:\/\/[^\s<>"]+/);
  return m ? m[0] : null;
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const src = Buffer.from(text.replace(/=\r?\n/g, ''), 'latin1');
  for (let i = 0; i < src.length; i++) {
    if (src[i] === 0x3d && i + 2 < src.length) {
      bytes.push(parseInt(src.toString('latin1', i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(src[i]);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, data) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')));
}

export function parseMail(buffer) {
  const raw = buffer.toString('latin1').replace(/\r\n/g, '\n');
  const split = raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const body = raw.slice(split + 2);
  const headers = {};
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  const cte = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  let text;
  if (cte === 'quoted-printable') text = decodeQuotedPrintable(body);
  else if (cte === 'base64') text = Buffer.from(body, 'base64').toString('utf8');
  else text = Buffer.from(body, 'latin1').toString('utf8');
  return {
    to: headers['x-envelope-to'] ?? headers.to ?? '',
    subject: decodeWords(headers.subject ?? ''),
    body: text,
    raw,
  };
}
