import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Header rules from a Netlify/Cloudflare-style `_headers` file: a path pattern on its own line,
 * then indented `Name: value` lines. `*` in a pattern matches anything.
 */
export function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Record<string, string> }> {
  const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules[rules.length - 1]!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * Serves a built static site the way a plain static host does: `/x/` → `/x/index.html`,
 * unknown paths → `404.html` with status 404, and the headers of `_headers` applied.
 */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml|font\/ttf)/;

export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  let rules: ReturnType<typeof parseHeadersFile> = [];
  try {
    rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(root, path));
    let target = file;
    let status = 200;
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    try {
      const s = await stat(target);
      if (s.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/${url.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
        await stat(target);
      }
    } catch {
      target = join(root, '404.html');
      status = 404;
    }
    try {
      const body = await readFile(target);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      for (const rule of rules) if (rule.pattern.test(path)) Object.assign(headers, rule.headers);
      // Text goes out gzipped when the browser asks for it, as every static host sends it: a
      // Lighthouse run then simulates the bytes a reader really downloads.
      let sent: Buffer = body;
      if (COMPRESSIBLE.test(headers['Content-Type']!) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        sent = gzipSync(body, { level: 6 });
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : sent);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actualPort}` };
}
