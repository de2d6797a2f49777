import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../i18n';
import { CSRF_FIELD } from '../staff/csrf';
import { kioskT } from './i18n';
import { allRatings, deleteRatings } from './queue.client';
import type { QueuedRating } from './rating';
import { staleCsv } from './stale-csv';

/**
 * What staff see on the tablet itself (`/kiosk/petugas`): how many ratings wait, which could never be
 * sent, the CSV to import them as paper, deleting them once exported, and unpairing. Everything here
 * is read from the tablet's IndexedDB; the server has never seen these ratings. Lists show no comment
 * text, only whether there is one.
 */
export function KioskStaffScreen({ lang, csrf }: { lang: Lang; csrf: string }) {
  const t = kioskT(lang);
  const [ratings, setRatings] = useState<QueuedRating[] | null>(null);
  const [exported, setExported] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<number | null>(null);

  const load = useCallback(() => {
    allRatings()
      .then(setRatings)
      .catch(() => setRatings([]));
  }, []);
  useEffect(load, [load]);

  const stuck = (ratings ?? []).filter((r) => r.state !== 'waiting');
  const waiting = (ratings ?? []).length - stuck.length;
  const dateTime = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const download = () => {
    const blob = new Blob([staleCsv(stuck)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `kios-tidak-terkirim-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    // Only what was in this file may be deleted afterwards, not a rating that went stale since.
    setExported(stuck.map((r) => r.idempotencyKey));
    setDeleted(null);
  };

  const remove = async () => {
    await deleteRatings(exported);
    setDeleted(exported.length);
    setExported([]);
    setConfirming(false);
    load();
  };

  return (
    <div className="kiosk-staff" lang={lang}>
      <h1>{t('staff.heading')}</h1>
      <p>{t('staff.lead')}</p>
      <dl className="kiosk-staff-counts">
        <dt>{t('staff.waiting')}</dt>
        <dd data-testid="kiosk-staff-waiting">{ratings === null ? '…' : waiting}</dd>
        <dt>{t('staff.stale')}</dt>
        <dd data-testid="kiosk-staff-stale">{ratings === null ? '…' : stuck.length}</dd>
      </dl>
      <h2>{t('staff.staleList')}</h2>
      {stuck.length === 0 ? (
        <p>{t('staff.none')}</p>
      ) : (
        <>
          <table className="kiosk-staff-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.col.answeredAt')}</th>
                <th scope="col">{t('staff.col.service')}</th>
                <th scope="col">{t('staff.col.comment')}</th>
                <th scope="col">{t('staff.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {stuck.map((r) => (
                <tr key={r.idempotencyKey}>
                  <td>{dateTime.format(new Date(r.answeredAt))}</td>
                  <td>{r.serviceName}</td>
                  <td>{r.comment ? t('staff.hasComment') : '–'}</td>
                  <td>{t(r.state === 'stale' ? 'staff.reason.stale' : 'staff.reason.failed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('staff.downloadHint')}</p>
          <p>
            <button type="button" className="button" onClick={download}>
              {t('staff.download')}
            </button>
          </p>
        </>
      )}
      {exported.length > 0 && !confirming ? (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            {t('staff.delete')}
          </button>
        </p>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="kiosk-delete-question" className="kiosk-staff-confirm">
          <p id="kiosk-delete-question">{t('staff.deleteConfirm', { count: exported.length })}</p>
          <button type="button" className="button kiosk-danger" onClick={() => void remove()}>
            {t('staff.delete')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      {deleted !== null ? <p role="status">{t('staff.deleted', { count: deleted })}</p> : null}
      <h2>{t('staff.unpair')}</h2>
      <p>{t('staff.unpairHint')}</p>
      <form method="post">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <button type="submit" className="button kiosk-danger">
          {t('staff.unpair')}
        </button>
      </form>
      <p>
        <a href="/kiosk">{t('staff.back')}</a>
      </p>
    </div>
  );
}
