import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';

/**
 * "Salin kode": only once JavaScript runs (a button that does nothing without it would mislead), and
 * the result is announced in a live region that is in the page from the start, so screen readers
 * already watch it when the text arrives.
 */
export function CopyCode({ code, textId }: { code: string; textId: string }) {
  const t = useT();
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setReady(true), []);

  async function copy() {
    setMessage('');
    let copied: boolean;
    try {
      // Missing outside secure contexts (a portal opened over plain http on a LAN address).
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch {
      copied = copyBySelection(textId);
    }
    setMessage(copied ? t('thanks.copied', { code }) : t('thanks.copyFailed'));
  }

  return (
    <div className="copy-code">
      {ready ? (
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t('thanks.copy')}
        </button>
      ) : null}
      <p role="status" className="copy-code__status">
        {message}
      </p>
    </div>
  );
}

/** The older way, for browsers without the Clipboard API: select the code on the page and copy the selection. */
function copyBySelection(elementId: string): boolean {
  const element = document.getElementById(elementId);
  const selection = window.getSelection();
  if (!element || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    selection.removeAllRanges();
  }
}
