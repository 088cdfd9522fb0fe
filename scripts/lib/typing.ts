import type { Page } from 'playwright-core';

/**
 * Makes the reader's example copy `factor` times as big: every table and list `factor` times
 * (rows with fresh ids), every long text `factor` times as long. For benchmarks of big plans.
 */
export async function enlargeExampleCopy(page: Page, factor: number): Promise<void> {
  await page.evaluate((n) => {
    const key = Object.keys(localStorage)
      .filter((k) => k.startsWith('accountplan:plan:'))
      .find((k) => (JSON.parse(localStorage.getItem(k)!) as { name: string }).name.startsWith('Voorbeeld'))!;
    const plan = JSON.parse(localStorage.getItem(key)!);
    for (const section of Object.values(plan) as unknown[]) {
      if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
      const s = section as Record<string, unknown>;
      for (const [k, v] of Object.entries(s)) {
        if (Array.isArray(v)) s[k] = Array.from({ length: n }, (_, i) => v.map((row) => ({ ...row, id: `${row.id}-${i}` }))).flat();
        else if (typeof v === 'string' && v.length > 80) s[k] = Array.from({ length: n }, () => v).join('\n\n');
      }
    }
    localStorage.setItem(key, JSON.stringify(plan));
  }, factor);
}

export interface TypingResult {
  /** Milliseconds from each key event to the frame that shows it, in order. */
  durations: number[];
  median: number;
  max: number;
}

/**
 * Types `text` into the focused field one key at a time, with the CPU slowed `slowdown` times,
 * and measures for every key how long it took from the key event until the next frame was
 * painted (what Interaction to Next Paint measures). Event Timing only reports events of 16 ms
 * and more, so the page measures every key itself: keydown's timestamp to the frame after.
 */
export async function measureTyping(page: Page, selector: string, text: string, slowdown = 4): Promise<TypingResult> {
  const cdp = await page.context().newCDPSession(page);
  await page.locator(selector).click();
  await page.evaluate(() => {
    const w = window as unknown as { __keyDurations: number[] };
    w.__keyDurations = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          // The frame is painted after this rAF task; a message after it lands once it is done.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__keyDurations.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  try {
    for (const char of text) {
      await page.keyboard.type(char);
      // Let the page finish this key (and its frame) before the next, as a person typing would.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    }
    // The autosave after the last key is part of typing too: let it run.
    await page.waitForTimeout(500);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const durations = await page.evaluate(() => (window as unknown as { __keyDurations: number[] }).__keyDurations);
  const sorted = [...durations].sort((a, b) => a - b);
  return { durations, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}
