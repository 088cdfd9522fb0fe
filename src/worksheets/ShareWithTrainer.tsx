import { useStore } from './use-store';
import { useId, useState } from 'react';
import { planDisplayName } from '../plan/model/plan';
import { $activePlan, planStore } from '../stores';
import { copyByHand, copyLink, linkCopied } from './messages/copy-link';
import * as say from './messages/workbook';

/** Links longer than this are cut by some chat apps and mail programs. */
const LONG_LINK = 2000;

/**
 * "Deel met trainer": a link with the plan inside, never sent to a server. The link is long (the
 * whole plan is in it): the reader is told so, with a way to send it by e-mail and what to do when
 * a channel cuts it.
 */
export function ShareWithTrainer({ ready }: { ready: boolean }) {
  const plan = useStore($activePlan);
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const linkId = useId();
  const adviceId = useId();
  const mail =
    link && plan ? `mailto:?subject=${encodeURIComponent(say.mailSubject(planDisplayName(plan)))}&body=${encodeURIComponent(say.mailBody(link))}` : null;
  return (
    <div className="share">
      <p>{say.shareIntro}</p>
      <button
        type="button"
        disabled={!ready || !plan}
        onClick={async () => {
          planStore.flush();
          const { createShareLink } = await import('../plan/exchange/share');
          const result = await createShareLink(plan!, location.origin);
          if (result.ok) {
            setLink(result.url);
            setMessage({ ok: true, text: say.linkBelow });
          } else {
            setLink(null);
            setMessage({ ok: false, text: result.message });
          }
        }}
      >
        {say.shareButton}
      </button>
      <p role={message && !message.ok ? 'alert' : 'status'}>{message?.text ?? ''}</p>
      {link ? (
        <>
          <p className="share-link">
            <label htmlFor={linkId}>{say.shareLinkLabel}</label>
            <input id={linkId} type="text" readOnly value={link} aria-describedby={adviceId} onFocus={(e) => e.currentTarget.select()} />
          </p>
          <p className="share-actions">
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(link);
                  setMessage({ ok: true, text: linkCopied });
                } catch {
                  setMessage({ ok: true, text: copyByHand });
                }
              }}
            >
              {copyLink}
            </button>
            {mail ? (
              <a className="action-button" href={mail}>
                {say.mailLink}
              </a>
            ) : null}
          </p>
          <p className="field-hint share-advice" id={adviceId}>
            {say.linkLength(link.length.toLocaleString('nl-NL'))} {link.length > LONG_LINK ? say.longLinkAdvice : ''}
          </p>
        </>
      ) : null}
    </div>
  );
}
