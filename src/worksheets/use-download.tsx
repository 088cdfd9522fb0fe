import { useState } from 'react';

/** What a download said: a status, or an alert when something went wrong. */
export interface DownloadMessage {
  text: string;
  problem: boolean;
}

/**
 * The state of a download button (the PDF, the Word document): busy while the file is made, and a
 * message after. `make` loads the code it needs and saves the file; it answers the message (null:
 * nothing to do). A failure says `failedText`.
 */
export function useDownload(busyText: string, failedText: string) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DownloadMessage | null>(null);
  const start = async (make: () => Promise<DownloadMessage | null>) => {
    setBusy(true);
    setMessage({ text: busyText, problem: false });
    try {
      setMessage(await make());
    } catch {
      setMessage({ text: failedText, problem: true });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, start };
}

/** The line under a download button: read out when it changes, as an alert when it went wrong. */
export function DownloadStatus({ message }: { message: DownloadMessage | null }) {
  return (
    <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
      {message?.text ?? ''}
    </p>
  );
}
