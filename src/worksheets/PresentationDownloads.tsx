import { useState } from 'react';
import type { DeckLabels } from '../deck/context';
import { planStore } from '../stores';
import * as say from './messages/presentation';

/**
 * "Download PowerPoint (.pptx)" and "Download dia's (PDF)": the deck of the active plan as it is
 * shown (with the choice for the customer). Building the deck, pptxgenjs, jsPDF and the fonts load
 * only now, on click.
 */
export function PresentationDownloads({ labels, ready, count }: { labels: DeckLabels; ready: boolean; count: number }) {
  const [busy, setBusy] = useState<'pptx' | 'pdf' | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const download = async (kind: 'pptx' | 'pdf') => {
    planStore.flush();
    const plan = planStore.$activePlan.get();
    if (!plan) return;
    if (!count) {
      setMessage({ text: say.noSlides, problem: true });
      return;
    }
    setBusy(kind);
    setMessage({ text: say.busy, problem: false });
    try {
      const slides = await import('../slides/download');
      if (kind === 'pptx') {
        const { fileName } = await slides.downloadPptx(plan, labels, new Date());
        setMessage({ text: say.saved(fileName), problem: false });
      } else {
        const { fileName, replacedCharacters } = await slides.downloadSlidesPdf(plan, labels, new Date());
        setMessage(
          replacedCharacters ? { text: say.savedWithReplaced(fileName, replacedCharacters), problem: true } : { text: say.saved(fileName), problem: false },
        );
      }
    } catch {
      setMessage({ text: say.failed, problem: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="pdf-button deck-downloads">
      <button type="button" className="primary" disabled={!ready || busy !== null} aria-busy={busy === 'pptx'} onClick={() => void download('pptx')}>
        {say.downloadPptx}
      </button>
      <button type="button" disabled={!ready || busy !== null} aria-busy={busy === 'pdf'} onClick={() => void download('pdf')}>
        {say.downloadSlidesPdf}
      </button>
      <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}
