import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileURL, networkFirst, precacheURL, revisionOf, routeFor } from '../../src/integrations/offline-routes';

const origin = 'https://accountplan.example';
const url = (path: string) => new URL(path, origin);

describe('routeFor', () => {
  it('answers hashed assets from the precache and everything else of the site from the network first', () => {
    expect(routeFor('GET', url('/_astro/werkblad.DMeB7M9L.js'), origin)).toBe('asset');
    expect(routeFor('GET', url('/stappen/1-envision/'), origin)).toBe('page');
    expect(routeFor('GET', url('/register-sw.js'), origin)).toBe('page');
    expect(routeFor('GET', url('/favicon.svg'), origin)).toBe('page');
  });

  it('leaves search, the worker itself, other origins and other methods to the browser', () => {
    expect(routeFor('GET', url('/pagefind/pagefind.js'), origin)).toBe('none');
    expect(routeFor('GET', url('/sw.js'), origin)).toBe('none');
    expect(routeFor('GET', new URL('https://elders.example/_astro/x.js'), origin)).toBe('none');
    expect(routeFor('POST', url('/'), origin)).toBe('none');
  });
});

describe('precacheURL and fileURL', () => {
  it('map a request and a file of the build to the same URL', () => {
    expect(precacheURL(url('/stappen/1-envision/?x=1#werkblad'))).toBe('/stappen/1-envision/');
    expect(precacheURL(url('/werkboek'))).toBe('/werkboek/');
    expect(precacheURL(url('/'))).toBe('/');
    expect(precacheURL(url('/404.html'))).toBe('/404.html');
    expect(fileURL('stappen/1-envision/index.html')).toBe('/stappen/1-envision/');
    expect(fileURL('index.html')).toBe('/');
    expect(fileURL('404.html')).toBe('/404.html');
    expect(fileURL('_astro/ui.KHnjJg-6.css')).toBe('/_astro/ui.KHnjJg-6.css');
  });
});

describe('revisionOf', () => {
  it('is the first 128 bits of SHA-256, in hex, so build and worker compute the same', async () => {
    const bytes = new TextEncoder().encode('<!doctype html><p>Les 1</p>');
    expect(await revisionOf(bytes)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 32));
    expect(await revisionOf(bytes.buffer)).toBe(await revisionOf(bytes));
  });
});

describe('networkFirst', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const page = (body: string, status = 200) => new Response(body, { status });
  const never = () => new Promise<Response>(() => {});

  it('serves the network when it answers', async () => {
    const served = await networkFirst({ network: Promise.resolve(page('nieuw')), cached: async () => page('oud'), timeoutMs: 3000 });
    expect(served.source).toBe('network');
    expect(await served.response.text()).toBe('nieuw');
  });

  it('passes on a 404 from the network: the host knows best which pages exist', async () => {
    const served = await networkFirst({ network: Promise.resolve(page('weg', 404)), cached: async () => undefined, timeoutMs: 3000 });
    expect(served.response.status).toBe(404);
  });

  it('serves the cached copy when the network fails or has a server error', async () => {
    const failed = await networkFirst({ network: Promise.reject(new TypeError('offline')), cached: async () => page('oud'), timeoutMs: 3000 });
    expect([failed.source, await failed.response.text()]).toEqual(['cache', 'oud']);
    const broken = await networkFirst({ network: Promise.resolve(page('fout', 503)), cached: async () => page('oud'), timeoutMs: 3000 });
    expect(broken.source).toBe('cache');
  });

  it('serves the fallback (the 404 page) offline when there is no copy, and fails without one', async () => {
    const served = await networkFirst({
      network: Promise.reject(new TypeError('offline')),
      cached: async () => undefined,
      fallback: async () => page('niet gevonden', 404),
      timeoutMs: 3000,
    });
    expect([served.source, served.response.status]).toEqual(['cache', 404]);
    await expect(networkFirst({ network: Promise.reject(new TypeError('offline')), cached: async () => undefined, timeoutMs: 3000 })).rejects.toThrow(
      'offline',
    );
  });

  it('serves the cached copy when the network takes longer than the timeout', async () => {
    vi.useFakeTimers();
    const pending = networkFirst({ network: never(), cached: async () => page('oud'), timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    let done = false;
    void pending.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).source).toBe('cache');
  });

  it('keeps waiting for a slow network when there is no copy', async () => {
    vi.useFakeTimers();
    let answer: (r: Response) => void = () => {};
    const network = new Promise<Response>((resolve) => (answer = resolve));
    const pending = networkFirst({ network, cached: async () => undefined, timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(10_000);
    answer(page('laat'));
    const served = await pending;
    expect([served.source, await served.response.text()]).toEqual(['network', 'laat']);
  });
});
