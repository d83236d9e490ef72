#!/usr/bin/env node
// A stand-in for the comdev binary with just enough of its command line and pages for the
// journeys' harness to be tested on its own (ctest `browser.harness`): when that test fails,
// the browser setup is broken, not ComDev.
//
//   fake_comdev.mjs migrate | demo      touch the SQLite path of COMDEV_DATABASE_URL
//   fake_comdev.mjs serve --listen 127.0.0.1:0
//       GET / (French, or Arabic after /lang/ar), GET /lang/:code?next=/ (cookie + 303),
//       GET /favicon.ico, GET /healthz; prints "comdev: listening on …"; SIGTERM exits 0.
import { createServer } from 'node:http';
import { appendFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const url = process.env.COMDEV_DATABASE_URL ?? 'sqlite:var/comdev.db';

if (command === 'migrate' || command === 'demo') {
  appendFileSync(url.replace(/^sqlite:/, ''), `${command}\n`);
} else if (command === 'serve') {
  const listen = args[args.indexOf('--listen') + 1] ?? '127.0.0.1:8080';
  const [host, port] = listen.split(':');
  const server = createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (u.pathname === '/healthz') return res.end('ok');
    if (u.pathname === '/favicon.ico') {
      res.writeHead(200, { 'content-type': 'image/x-icon' });
      return res.end(Buffer.alloc(32));
    }
    const lang = u.pathname.match(/^\/lang\/(fr|ar)$/);
    if (lang) {
      res.writeHead(303, { location: u.searchParams.get('next') ?? '/', 'set-cookie': `lang=${lang[1]}; Path=/` });
      return res.end();
    }
    if (u.pathname !== '/') {
      res.writeHead(404);
      return res.end();
    }
    const ar = /(^|;\s*)lang=ar/.test(req.headers.cookie ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="${ar ? 'ar' : 'fr'}" dir="${ar ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>ComDev</title></head>
<body><header><nav class="entries"><a href="/">${ar ? 'الرئيسية' : 'Accueil'}</a> <a href="/projects">Projets</a>
<a href="/contact">Contact</a></nav><a href="/lang/ar?next=/">العربية</a> <a href="/lang/fr?next=/">Français</a></header>
<main><h1>${ar ? 'مجتمع التنمية' : 'Communauté de Développement'}</h1></main></body></html>`);
  });
  server.listen(Number(port), host, () => {
    process.stderr.write(`comdev: listening on http://${host}:${server.address().port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  process.stderr.write(`fake comdev: unknown command ${command}\n`);
  process.exit(2);
}
