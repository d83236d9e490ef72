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
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    if (extraEnv.COMDEV_DATABASE_URL) {
      // The journey prepared its own database: only bring it to the current schema and demo.
      await run(bin, ['migrate'], { env });
      demoAccounts = parseDemoAccounts((await run(bin, ['demo'], { env })).stdout);
    } else {
      const seed = await demoSeed(bin, env);
      for (const file of ['comdev.db', 'comdev.db-wal']) {
        await cp(join(seed, file), join(dir, file)).catch((e) => {
          if (file === 'comdev.db') throw e;
        });
      }
      await cp(join(seed, 'data'), env.COMDEV_DATA_DIR, { recursive: true }).catch(() => {});
      demoAccounts = JSON.parse(await readFile(join(seed, 'accounts.json'), 'utf8'));
    }
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

// The demo community's database, made once by `comdev migrate` and `comdev demo` and copied for
// each journey (making it was seconds per journey). It lives beside the binary, in a folder named
// after the binary and the files the demo is made of, so a rebuild or an edited demo file makes a
// new one. Made in a temporary folder and renamed, so a journey never copies half of one.
async function demoSeed(bin, env) {
  const hash = createHash('sha256');
  const sources = [bin];
  for (const folder of ['migrations', 'demo', 'data']) {
    const names = await readdir(folder, { recursive: true }).catch(() => []);
    sources.push(...names.sort().map((n) => join(folder, n)));
  }
  for (const path of sources) {
    const s = await stat(path);
    hash.update(`${path} ${s.size} ${s.mtimeMs}\n`);
  }
  const root = join(dirname(bin), 'journey-seed');
  const seed = join(root, hash.digest('hex').slice(0, 16));
  if (await stat(join(seed, 'accounts.json')).catch(() => null)) return seed;

  await mkdir(root, { recursive: true });
  const tmp = await mkdtemp(join(root, 'making-'));
  const seedEnv = {
    ...env,
    COMDEV_DATABASE_URL: `sqlite:${join(tmp, 'comdev.db')}`,
    COMDEV_DATA_DIR: join(tmp, 'data'),
    COMDEV_OUTBOX_DIR: join(tmp, 'outbox'),
  };
  await run(bin, ['migrate'], { env: seedEnv });
  const { stdout } = await run(bin, ['demo'], { env: seedEnv });
  await writeFile(join(tmp, 'accounts.json'), JSON.stringify(parseDemoAccounts(stdout)));
  // Seeds of older builds go; then this one takes its place (unless another journey's did).
  for (const name of await readdir(root)) {
    if (join(root, name) !== tmp) await rm(join(root, name), { recursive: true, force: true });
  }
  await rename(tmp, seed).catch(() => rm(tmp, { recursive: true, force: true }));
  return seed;
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
