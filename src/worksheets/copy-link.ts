import { copied, copyFailedLinkIs, linkCopiedTo } from './messages/copy-link';

/** What copying a link did: a Dutch sentence for a status message. */
export interface CopyResult {
  ok: boolean;
  /** Where the clipboard is not available, the sentence holds the link so it can be copied by hand. */
  message: string;
}

/** How long a copy button says "Gekopieerd" after a click. */
export const COPIED_FOR_MS = 3000;

/** Copies a link to the clipboard. */
export async function copyLink(url: string): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(url);
    return { ok: true, message: linkCopiedTo(url) };
  } catch {
    return { ok: false, message: copyFailedLinkIs(url) };
  }
}

/** The address of an anchor on the current page, without any other fragment. */
export const anchorUrl = (id: string) => `${location.origin}${location.pathname}#${id}`;

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * A copy button of plain HTML (the lesson headings) after a click: it says "Gekopieerd" for a few
 * seconds. The status next to it tells screen readers, and shows the link when copying failed.
 */
export function showCopyResult(button: HTMLButtonElement, status: HTMLElement, { ok, message }: CopyResult): void {
  status.textContent = message;
  status.className = ok ? 'sr-only' : 'copy-link-failed';
  if (!ok) return;
  const label = button.dataset['label'] ?? button.textContent ?? '';
  button.dataset['label'] = label;
  button.textContent = copied;
  button.classList.add('copied');
  clearTimeout(timers.get(button));
  timers.set(
    button,
    setTimeout(() => {
      button.textContent = label;
      button.classList.remove('copied');
    }, COPIED_FOR_MS),
  );
}
