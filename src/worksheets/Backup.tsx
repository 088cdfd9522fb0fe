import { useState } from 'react';
import { downloadFile } from '../browser/download-file';
import { planStore } from '../stores';
import { JsonFileInput, ResultLine, type ActionResult } from './JsonFileInput';
import { exportAllPlans } from './messages';
import * as say from './messages/workbook';

/** The JSON backup: export the active plan or all plans, and import a backup as new plans. */
export function Backup({ ready }: { ready: boolean }) {
  const [result, setResult] = useState<ActionResult>(null);
  const save = async (which: 'active' | 'all') => {
    const { fileName, text } = await planStore.exportPlans(which);
    downloadFile(fileName, text, 'application/json');
    setResult({ ok: true, message: say.backupSaved(fileName) });
  };
  return (
    <div className="backup">
      <h3 id="reservekopie">{say.backupTitle}</h3>
      <p>{say.backupIntro}</p>
      <p className="backup-buttons">
        <button type="button" disabled={!ready} onClick={() => save('active')}>
          {say.exportPlan}
        </button>
        <button type="button" disabled={!ready} onClick={() => save('all')}>
          {exportAllPlans}
        </button>
      </p>
      <JsonFileInput
        label={say.importLabel}
        hint={say.importHint}
        disabled={!ready}
        onFile={async (file) => {
          // The import code (and the words it names fields with) loads only when a file is chosen.
          const { checkImportFile } = await import('../plan/exchange/transfer');
          const problem = checkImportFile(file);
          if (problem) {
            setResult({ ok: false, message: say.nothingChanged(problem) });
            return;
          }
          try {
            setResult(await planStore.importBackup(await file.text()));
          } catch {
            setResult({ ok: false, message: say.nothingChanged(say.fileUnreadable) });
          }
        }}
      />
      <ResultLine result={result} />
    </div>
  );
}
