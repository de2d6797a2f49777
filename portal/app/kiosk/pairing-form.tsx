import { useEffect, useState } from 'react';
import type { Lang } from '../i18n';
import { kioskT, type KioskKey } from './i18n';
import { CODE_FIELD } from './pairing-code';
import { queueCounts } from './queue.client';

export type PairingProblem = { kind: 'format' | 'invalid' | 'unavailable' } | { kind: 'limited'; minutes: number };

/**
 * The pairing form, on `/kiosk` (empty) and `/kiosk/pasang?kode=…` (what the QR code opens, filled
 * in). A plain form post, so it pairs with scripts off too, and the browser then loads `/kiosk` as a
 * whole page, which the service worker keeps for offline use.
 */
export function PairingForm({ lang, code, confirm, problem, unregistered }: { lang: Lang; code: string; confirm: boolean; problem: PairingProblem | null; unregistered: boolean }) {
  const t = kioskT(lang);
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    // Ratings made before the kiosk lost its pairing are still on the tablet: say so.
    queueCounts()
      .then((c) => setWaiting(c.waiting + c.stuck))
      .catch(() => undefined);
  }, []);
  const messages: Record<PairingProblem['kind'], KioskKey> = {
    format: 'pair.error.format',
    invalid: 'pair.error.invalid',
    unavailable: 'pair.error.unavailable',
    limited: 'pair.error.limited',
  };
  const error = problem ? t(messages[problem.kind], problem.kind === 'limited' ? { minutes: problem.minutes } : undefined) : null;
  return (
    <div className="kiosk kiosk-pairing" lang={lang}>
      <main className="kiosk-main">
        <h1 className="kiosk-heading">{t('pair.heading')}</h1>
        {unregistered ? (
          <p className="kiosk-notice" role="status">
            {t('pair.unregistered')}
          </p>
        ) : null}
        {confirm ? <p className="kiosk-lead">{t('pair.confirm')}</p> : null}
        <form method="post" action="/kiosk/pasang" className="kiosk-pair-form" noValidate>
          <label htmlFor="kiosk-code" className="kiosk-label">
            {t('pair.codeLabel')}
          </label>
          <p id="kiosk-code-hint" className="kiosk-hint">
            {t('pair.codeHint')}
          </p>
          {error ? (
            <p id="kiosk-code-error" className="kiosk-error" role="alert">
              {error}
            </p>
          ) : null}
          <input
            id="kiosk-code"
            name={CODE_FIELD}
            className="kiosk-code-input"
            defaultValue={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'kiosk-code-error kiosk-code-hint' : 'kiosk-code-hint'}
          />
          <button type="submit" className="kiosk-primary">
            {t('pair.submit')}
          </button>
        </form>
        {confirm ? null : <p className="kiosk-hint">{t('pair.scanHint')}</p>}
        {waiting > 0 ? <p className="kiosk-hint">{t('pair.waiting', { count: waiting })}</p> : null}
      </main>
    </div>
  );
}
