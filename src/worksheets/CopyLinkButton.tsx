import { useEffect, useState } from 'react';
import { anchorUrl, COPIED_FOR_MS, copyLink, type CopyResult } from './copy-link';
import { copied, copyLink as copyLinkText } from './messages/copy-link';

/**
 * "Kopieer link" to an anchor on this page. After a click it says "Gekopieerd" for a few seconds;
 * a status tells screen readers, and shows the link itself when the clipboard refused it.
 */
export function CopyLinkButton({ anchor, label, title }: { anchor: string; label: string; title: string }) {
  const [result, setResult] = useState<CopyResult | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [shown, result]);
  return (
    <>
      <button
        type="button"
        className={`copy-link${shown ? ' copied' : ''}`}
        aria-label={label}
        title={title}
        onClick={async () => {
          const next = await copyLink(anchorUrl(anchor));
          setResult(next);
          setShown(next.ok);
        }}
      >
        {shown ? copied : copyLinkText}
      </button>
      <span role="status" className={result && !result.ok ? 'copy-link-failed' : 'sr-only'}>
        {result?.message ?? ''}
      </span>
    </>
  );
}
