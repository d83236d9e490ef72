// A real `comdev serve` on a fresh SQLite database with the demo community, for one journey.
//
// startComdev() creates a temp dir, runs `comdev migrate` and `comdev demo` on a SQLite file in
// it, starts `comdev serve --listen 127.0.0.1:0` and resolves once the server prints
// `comdev: listening on http://127.0.0.1:PORT`. stop() sends SIGTERM, waits for the exit and
// removes the temp dir. The binary comes from COMDEV_BIN (ctest sets it to the built target).
// The port is chosen before start so COMDEV_BASE_URL (the address in e-mailed links) is right;
// pass `smtpUrl` (support/smtp.mjs) for the server to send real e-mail; without it, as after a
// newcomer's `script/server`, e-mail goes to the local outbox (`outboxDir`, read at /dev/outbox).
// `demoAccounts` holds the sign-in accounts `comdev demo` printed: { role: { email, password } }.
import { spawn, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

// A port that is free now (the server binds it a moment later).
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startComdev({ bin = process.env.COMDEV_BIN, env: extraEnv = {}, smtpUrl } = {}) {
  if (!bin) throw new Error('COMDEV_BIN is not set: run the journeys through ctest (script/test)');
  const dir = await mkdtemp(join(tmpdir(), 'comdev-browser-'));
  const port = await freePort();
  const env = {
    ...process.env,
    COMDEV_DATABASE_URL: `sqlite:${join(dir, 'comdev.db')}`,
    COMDEV_BASE_URL: `http://127.0.0.1:${port}`,
    ...(smtpUrl ? { COMDEV_SMTP_URL: smtpUrl } : {}),
    COMDEV_OUTBOX_DIR: join(dir, 'outbox'),
    COMDEV_DATA_DIR: join(dir, 'data'),
    ...extraEnv,
  };
  let demoAccounts;
  try {
    await run(bin, ['migrate'], { env });
    const { stdout } = await run(bin, ['demo'], { env });
    demoAccounts = parseDemoAccounts(stdout);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`comdev migrate/demo failed: ${e.message}\n${e.stderr ?? ''}`);
  }

  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let baseUrl;
  try {
    baseUrl = await waitForListening(child, exited);
  } catch (e) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw e;
  }

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const { code, signal } = await exited;
    clearTimeout(timer);
    await rm(dir, { recursive: true, force: true });
    // A graceful shutdown exits 0; anything else (a crash, a hang killed above) fails the journey.
    if (code !== 0) throw new Error(`comdev serve did not stop cleanly (code ${code}, signal ${signal})`);
  }
  return { baseUrl, stop, demoAccounts, outboxDir: env.COMDEV_OUTBOX_DIR };
}

// "  representative  taliouine.demo@example.org  Xy…" lines of `comdev demo`'s output.
function parseDemoAccounts(stdout) {
  const accounts = {};
  for (const line of stdout.split('\n')) {
    const m = line.match(/^\s+(\w+)\s+(\S+@\S+)\s+(\S+)\s*$/);
    if (m) accounts[m[1]] = { email: m[2], password: m[3] };
  }
  return accounts;
}

// Forwards the server's stderr (so its log shows in ctest's output) while watching for the
// line that says it accepts connections.
function waitForListening(child, exited) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let found = false;
    const timer = setTimeout(
      () => reject(new Error(`comdev serve printed no "listening on" line within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      if (found) return;
      buffered += chunk;
      const m = buffered.match(/listening on (http:\/\/[^\s]+)/);
      if (m) {
        found = true;
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      if (!found) reject(new Error(`comdev serve exited before listening (code ${code}, signal ${signal})`));
    });
  });
}
