import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes the site's Content-Security-Policy after the build, from the pages as they are: every
 * inline script, style element and style attribute of every page (Astro's hydration scripts and
 * Starlight's inline scripts and style attributes alike) is hashed into the page's CSP meta tag,
 * and the union goes into `dist/_headers` as a real header for hosts that read it (Netlify,
 * Cloudflare Pages, …). Astro's own `security.csp` is not used: it cannot see Starlight's inline
 * code, so one pass over the final HTML is the one place the policy comes from. Nothing gets
 * 'unsafe-inline' or 'unsafe-eval'.
 */

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Directives besides script-src and style-src; same origin only. */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Only in the HTTP header: browsers ignore these in a meta tag. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

export interface PageHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Every inline script, style element and style attribute of a page, hashed. */
export function hashInline(html: string): PageHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attrs = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype="([^"]*)"/.exec(m[1] ?? '')?.[1];
    // JSON and other data blocks never run, so they need no hash.
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.add(sha256(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(sha256(m[1] ?? ''));
  for (const m of html.matchAll(/\sstyle="([^"]*)"/g)) attrs.add(sha256(decodeEntities(m[1] ?? '')));
  return { scripts: [...scripts], styles: [...styles], styleAttributes: [...attrs] };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function policy(h: PageHashes, forHeader = false): string {
  const styleSrc = ["'self'", ...h.styles, ...(h.styleAttributes.length ? ["'unsafe-hashes'", ...h.styleAttributes] : [])];
  return [
    ...BASE_DIRECTIVES,
    // Pagefind's search index is WebAssembly: that needs wasm-unsafe-eval, which allows no JS eval.
    `script-src 'self' 'wasm-unsafe-eval' ${h.scripts.join(' ')}`.trim(),
    `style-src ${styleSrc.join(' ')}`,
    ...(forHeader ? HEADER_ONLY : []),
  ].join('; ');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export const OTHER_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export default function writeCsp(): AstroIntegration {
  return {
    name: 'accountplan:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const union: PageHashes = { scripts: [], styles: [], styleAttributes: [] };
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const hashes = hashInline(html);
          for (const key of Object.keys(union) as Array<keyof PageHashes>) union[key].push(...hashes[key]);
          const meta = `<meta http-equiv="content-security-policy" content="${policy(hashes)}">`;
          const withoutOld = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/g, '');
          await writeFile(file, withoutOld.replace(/<head>/, `<head>${meta}`));
        }
        for (const key of Object.keys(union) as Array<keyof PageHashes>) union[key] = [...new Set(union[key])];
        const headers = { 'Content-Security-Policy': policy(union, true), ...OTHER_HEADERS };
        const lines = ['# Security headers for static hosts that read _headers (written by src/integrations/csp.ts).', '/*'];
        for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
        await writeFile(join(root, '_headers'), `${lines.join('\n')}\n`);
        logger.info(`CSP written for ${files.length} pages; headers written to _headers.`);
      },
    },
  };
}
