/**
 * Copies a link to the clipboard. Returns a Dutch sentence for a status message; where the
 * clipboard is not available, the sentence holds the link so it can be copied by hand.
 */
export async function copyLink(url: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(url);
    return `Link gekopieerd: ${url}`;
  } catch {
    return `Kopiëren lukte niet automatisch. De link is: ${url}`;
  }
}

/** The address of an anchor on the current page, without any other fragment. */
export const anchorUrl = (id: string) => `${location.origin}${location.pathname}#${id}`;
