import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMidad } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';
import { useErrorText } from '../../ui/useErrorText';
import type { ImportResult } from '../../../../shared/api/packagesService';
import { PackageOutcome } from '../desk/PackageOutcome';

/** The file's bytes as base64, the form `import.fromContent` takes over either transport. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * "Import…": a Word, HTML or text article becomes a structured draft, opened
 * at once; a `.midad` story package is received (new, updated, up to date or
 * kept beside as a conflict) and what happened is said; a bad file gets the
 * translated error.
 */
export function ImportControl() {
  const { t } = useTranslation('import');
  const midad = useMidad();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>();
  const [received, setReceived] = useState<ImportResult>();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setReceived(undefined);
    try {
      if (/\.midad$/iu.test(file.name)) {
        setReceived(await midad.packages.importBase64({ name: file.name, base64: await readBase64(file) }));
        return;
      }
      const { meta } = await midad.import.fromContent({ name: file.name, base64: await readBase64(file) });
      await openDraft(midad, meta.id);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="import-draft">
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('ui.file')}
        accept=".midad,.txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(event) => {
          void importFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t('ui.button')}
      </button>
      {received && <PackageOutcome result={received} />}
      {error !== undefined && <span role="alert">{errorText(error)}</span>}
    </div>
  );
}
