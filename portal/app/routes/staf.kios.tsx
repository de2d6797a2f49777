import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { execute } from '../graphql/client.server';
import { LOCALES, translator, type Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import { ageText, dateTimeText } from '../staff/format';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut, type Staff } from '../staff/guard.server';
import { activeFirst, clockText, KIOSK_FIELD, kioskState, LABEL_MAX, pairingAddress, sameKiosk, validateRegisterKiosk, type KioskField, type KioskState } from '../staff/kiosks';
import { kioskRegionQuery, registerKioskMutation, renewKioskPairingMutation, revokeKioskMutation } from '../staff/kiosks.server';
import { requireStaffRegion } from '../staff/region.server';
import { REGION_PARAM } from '../staff/region-param';
import { RegionPicker } from '../staff/region-picker';
import { useStaff } from '../staff/use-staff';
import kioskCss from '../styles/kiosk-staff.css?url';
import { publicAddress } from '../utils/env.server';
import { unitLabel } from '../utils/format';
import { apiProblem, badRequest, notFound } from '../utils/problems.server';
import { qrSvg } from '../utils/qr.server';

/**
 * `/staf/kios` "Kios layanan": a region's counter kiosks for its moderators and admins (issue 12).
 * Registering a kiosk answers with its pairing QR code and short code in the POST's own response —
 * shown once, never in an address (a link or the history would keep it), never the device token
 * itself, which only the tablet receives when it exchanges the code (pairKiosk). The list shows each
 * kiosk's last contact and today's ratings; revoking and a new pairing code each ask for
 * confirmation first on a page of their own (`?cabut=` / `?kode-baru=`), so every step is a plain
 * GET or a POST with the session's CSRF token and works without JavaScript.
 */

const PARAM = { revoke: 'cabut', renew: 'kode-baru', revoked: 'dicabut' } as const;
const INTENT = { register: 'daftar', revoke: 'cabut', renew: 'kode-baru' } as const;
const ID_MAX = 100;
/** The renew form carries the kiosk's open code as the page showed it, to notice a renewal made since. */
const SEEN_FIELD = 'kode-terlihat';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: kioskCss }];

async function regionKiosks(request: Request, staff: Staff, regionSlug: string) {
  const result = await execute(staff.caller, kioskRegionQuery, { regionSlug });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  if (!result.data.region) notFound('region');
  return { region: result.data.region, kiosks: result.data.kiosks };
}

const idParam = (value: string | null) => (value && value.length <= ID_MAX ? value : null);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'kiosks');
  // A moderator typing another region's address is told no, not shown their own region as if it were it.
  const { regions, region } = await requireStaffRegion(request, staff, ['MODERATOR'], { otherRegion: 'refuse' });
  const { region: detail, kiosks } = await regionKiosks(request, staff, region.slug);
  const params = new URL(request.url).searchParams;
  return data(
    {
      regions,
      region: { slug: detail.slug, name: detail.name, timeZone: detail.timeZone },
      units: detail.units.map((u) => ({ id: u.id, label: unitLabel(u) })),
      kiosks,
      // One instant for the whole page, so that the server's "5 menit lalu" and hydration agree.
      now: Date.now(),
      confirmRevoke: idParam(params.get(PARAM.revoke)),
      confirmRenew: idParam(params.get(PARAM.renew)),
      revoked: idParam(params.get(PARAM.revoked)),
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

/** The once-only answer of a registration or a new code: what the tablet needs to pair. */
interface Pairing {
  kind: 'pairing';
  label: string;
  unit: string;
  code: string;
  expiresAt: string;
  url: string;
  qr: string;
  addressConfigured: boolean;
}

/** A refused form, with what was typed so that nothing is lost. */
interface Refusal {
  kind: 'refusal';
  /** `daftar` (the register form) or the id of the kiosk whose action was refused. */
  form: string;
  problems: Array<{ field: KioskField | null; text: string }>;
  values: { unit: string; label: string };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'kiosks');
  const { region } = await requireStaffRegion(request, staff, ['MODERATOR'], { otherRegion: 'refuse' });
  const form = await staffForm(request, staff);
  const t = translator(staff.caller.lang);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const intent = field('tindakan');
  const refuse = (status: number, refusal: Omit<Refusal, 'kind'>) => data<Refusal>({ kind: 'refusal', ...refusal }, { status, headers: STAFF_HEADERS });
  const pairingAnswer = async (registration: { kiosk: { label: string; unit: { name: string } }; pairing?: { code: string; expiresAt: string } | null }) => {
    // The API always sends a code with these two mutations; without one there is nothing to show.
    if (!registration.pairing) apiProblem({ code: 'INTERNAL', message: '', fields: [], retryAfterSeconds: null, challenge: null });
    const { origin, configured } = publicAddress();
    const url = pairingAddress(origin, registration.pairing.code);
    return data<Pairing>(
      {
        kind: 'pairing',
        label: registration.kiosk.label,
        unit: registration.kiosk.unit.name,
        code: registration.pairing.code,
        expiresAt: registration.pairing.expiresAt,
        url,
        qr: await qrSvg(url),
        addressConfigured: configured,
      },
      { headers: STAFF_HEADERS },
    );
  };

  if (intent === INTENT.register) {
    const values = { unit: field(KIOSK_FIELD.unit), label: field(KIOSK_FIELD.label) };
    const kept = { unit: values.unit.slice(0, ID_MAX), label: values.label.slice(0, LABEL_MAX * 2) };
    const checked = validateRegisterKiosk(values);
    if (!checked.ok) {
      return refuse(400, { form: INTENT.register, values: kept, problems: checked.problems.map((p) => ({ field: p.field, text: words(t, p.key) })) });
    }
    const { region: detail, kiosks } = await regionKiosks(request, staff, region.slug);
    if (!detail.units.some((u) => u.id === checked.value.unit)) {
      return refuse(400, { form: INTENT.register, values: kept, problems: [{ field: 'unit', text: t('kiosk.staff.error.unit') }] });
    }
    // A reloaded or re-sent register form lands here too: it must not make a second kiosk.
    const twin = sameKiosk(kiosks, checked.value.unit, checked.value.label);
    if (twin) {
      return refuse(409, {
        form: INTENT.register,
        values: kept,
        problems: [{ field: 'label', text: t('kiosk.staff.error.duplicate', { label: twin.label, when: dateTimeText(t, twin.registeredAt, detail.timeZone) }) }],
      });
    }
    const result = await execute(staff.caller, registerKioskMutation, { unitId: checked.value.unit, label: checked.value.label });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const { code } = result.error;
      if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'NOT_FOUND') {
        const fromFields = result.error.fields.map((f) => ({ field: f.field === 'unitId' ? ('unit' as const) : f.field === 'label' ? ('label' as const) : null, text: f.message }));
        return refuse(code === 'BAD_USER_INPUT' ? 400 : code === 'FORBIDDEN' ? 403 : 404, {
          form: INTENT.register,
          values: kept,
          problems: fromFields.length ? fromFields : [{ field: null, text: result.error.message }],
        });
      }
      apiProblem(result.error);
    }
    return pairingAnswer(result.data.registerKiosk);
  }

  const id = field('kios');
  if (!id || id.length > ID_MAX) badRequest();
  const none = { unit: '', label: '' };
  const refusedFor = async (error: { code: string; message: string }) => {
    if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN' || error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT') {
      return refuse(error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 409, { form: id, values: none, problems: [{ field: null, text: error.message || t('kiosk.staff.error.gone') }] });
    }
    return null;
  };

  if (intent === INTENT.revoke) {
    const result = await execute(staff.caller, revokeKioskMutation, { id });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const refused = await refusedFor(result.error);
      if (refused) return refused;
      apiProblem(result.error);
    }
    return redirect(`/staf/kios?${new URLSearchParams({ [REGION_PARAM]: region.slug, [PARAM.revoked]: id })}`, { status: 303, headers: STAFF_HEADERS });
  }

  if (intent === INTENT.renew) {
    // Only a kiosk of this region, and only if no code was made since the confirmation was shown:
    // a reloaded confirmation must not void the code the first answer showed.
    const { kiosks } = await regionKiosks(request, staff, region.slug);
    const kiosk = kiosks.find((k) => k.id === id);
    if (!kiosk) return refuse(404, { form: id, values: none, problems: [{ field: null, text: t('kiosk.staff.error.gone') }] });
    if ((kiosk.pairingExpiresAt ?? '') !== field(SEEN_FIELD)) return redirect(`/staf/kios?${new URLSearchParams({ [REGION_PARAM]: region.slug, [PARAM.renew]: id })}`, { status: 303, headers: STAFF_HEADERS });
    const result = await execute(staff.caller, renewKioskPairingMutation, { id });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const refused = await refusedFor(result.error);
      if (refused) return refused;
      apiProblem(result.error);
    }
    return pairingAnswer(result.data.renewKioskPairing);
  }
  badRequest();
}

function stateText(t: Translator, state: KioskState, k: { pairingExpiresAt?: string | null; revokedAt?: string | null }, timeZone: string): string {
  if (state === 'waiting' && k.pairingExpiresAt) return t('kiosk.staff.state.waiting', { time: clockText(LOCALES[t.lang], k.pairingExpiresAt, timeZone) });
  if (state === 'revoked' && k.revokedAt) return t('kiosk.staff.state.revoked', { when: dateTimeText(t, k.revokedAt, timeZone) });
  return t(state === 'active' ? 'kiosk.staff.state.active' : 'kiosk.staff.state.unpaired');
}

/** A message key from the form's schema in the reader's language. */
function words(t: Translator, key: string): string {
  return (t as unknown as (key: string) => string)(key);
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('kiosk.staff.title') }) }, { name: 'robots', content: 'noindex' }];
};

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type KioskRow = LoaderData['kiosks'][number];

export default function Kiosks() {
  const { regions, region, units, kiosks, now, confirmRevoke, confirmRenew, revoked } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Pairing | Refusal | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const refusal = answer?.kind === 'refusal' ? answer : null;
  const registerRefusal = refusal?.form === INTENT.register ? refusal : null;
  const problemOf = (f: KioskField) => registerRefusal?.problems.find((p) => p.field === f)?.text;
  const { current, revoked: revokedKiosks } = activeFirst(kiosks);
  const revokedNow = revoked ? kiosks.find((k) => k.id === revoked && k.revokedAt) : null;
  const here = (extra: Record<string, string> = {}) => `?${new URLSearchParams({ [REGION_PARAM]: region.slug, ...extra })}`;

  const row = (k: KioskRow) => {
    const state = kioskState(k, now);
    const refused = refusal?.form === k.id ? refusal : null;
    return (
      <li key={k.id} className="staff-card" id={`kios-${k.id}`}>
        <h3 className="staff-card__link">{k.label}</h3>
        <dl className="facts">
          <div>
            <dt>{t('kiosk.staff.unit')}</dt>
            <dd>{unitLabel(k.unit)}</dd>
          </div>
          <div>
            <dt>{t('kiosk.staff.state')}</dt>
            <dd>
              <strong>{stateText(t, state, k, region.timeZone)}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('kiosk.staff.lastSeen')}</dt>
            <dd>{k.lastSeenAt ? <time dateTime={k.lastSeenAt} title={dateTimeText(t, k.lastSeenAt, region.timeZone)}>{ageText(t, k.lastSeenAt, now)}</time> : t('kiosk.staff.lastSeenNever')}</dd>
          </div>
          <div>
            <dt>{t('kiosk.staff.today')}</dt>
            <dd>{t.number(k.ratingsToday)}</dd>
          </div>
          <div>
            <dt>{t('kiosk.staff.registeredAt')}</dt>
            <dd>{dateTimeText(t, k.registeredAt, region.timeZone)}</dd>
          </div>
        </dl>
        {refused ? (
          <p className="notice notice--error" role="alert">
            {refused.problems.map((p) => p.text).join(' ')}
          </p>
        ) : null}
        {state === 'revoked' ? null : confirmRevoke === k.id || confirmRenew === k.id ? (
          <ConfirmStep step={confirmRevoke === k.id ? 'revoke' : 'renew'} kiosk={k} page={here()} />
        ) : (
          <p className="kiosk-actions">
            <Link to={`${here({ [PARAM.renew]: k.id })}#kios-${k.id}`} className="button button--quiet" aria-label={`${t('kiosk.staff.renew')}: ${k.label}`}>
              {t('kiosk.staff.renew')}
            </Link>
            <Link to={`${here({ [PARAM.revoke]: k.id })}#kios-${k.id}`} className="button button--quiet" aria-label={`${t('kiosk.staff.revoke')}: ${k.label}`}>
              {t('kiosk.staff.revoke')}
            </Link>
          </p>
        )}
      </li>
    );
  };

  return (
    <div className="kiosk-page">
      <h1>
        {t('kiosk.staff.title')}: {region.name}
      </h1>
      <p className="narrow">{t('kiosk.staff.intro')}</p>
      {revokedNow ? (
        <p className="notice notice--success" role="status">
          {t('kiosk.staff.done.revoked', { label: revokedNow.label })}
        </p>
      ) : null}
      {answer?.kind === 'pairing' ? <PairingPanel pairing={answer} timeZone={region.timeZone} /> : null}
      <RegionPicker id="wilayah-kios" label={t('kiosk.staff.region')} submit={t('kiosk.staff.regionSubmit')} regions={regions} current={region.slug} />

      <section aria-labelledby="daftar-kios" className="narrow">
        <h2 id="daftar-kios">{t('kiosk.staff.register.heading')}</h2>
        <ErrorSummary
          t={t}
          problems={registerRefusal ? registerRefusal.problems.map((p) => ({ field: p.field, message: p.text })) : []}
          targetOf={(f: KioskField) => `kios-${f}`}
          attempt={registerRefusal}
        />
        <Form method="post" action={`/staf/kios${here()}`} className="staff-form" noValidate>
          <CsrfField token={csrf} />
          <div className="field">
            <label htmlFor="kios-unit" className="field__label">
              {t('kiosk.staff.register.unit')}
            </label>
            <p id="kios-unit-petunjuk" className="field__hint">
              {t('kiosk.staff.register.unitHint')}
            </p>
            {problemOf('unit') ? (
              <p id="kios-unit-galat" className="field__error">
                {problemOf('unit')}
              </p>
            ) : null}
            <select
              id="kios-unit"
              name={KIOSK_FIELD.unit}
              className="field__select"
              defaultValue={registerRefusal?.values.unit ?? ''}
              aria-describedby={problemOf('unit') ? 'kios-unit-petunjuk kios-unit-galat' : 'kios-unit-petunjuk'}
              aria-invalid={problemOf('unit') ? true : undefined}
              key={`unit-${registerRefusal ? 'r' : 'n'}`}
            >
              <option value="">{t('kiosk.staff.register.unitChoose')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="kios-label" className="field__label">
              {t('kiosk.staff.register.label')}
            </label>
            <p id="kios-label-petunjuk" className="field__hint">
              {t('kiosk.staff.register.labelHint')}
            </p>
            {problemOf('label') ? (
              <p id="kios-label-galat" className="field__error">
                {problemOf('label')}
              </p>
            ) : null}
            <input
              id="kios-label"
              name={KIOSK_FIELD.label}
              type="text"
              maxLength={LABEL_MAX}
              autoComplete="off"
              className="field__input"
              defaultValue={registerRefusal?.values.label ?? ''}
              aria-describedby={problemOf('label') ? 'kios-label-petunjuk kios-label-galat' : 'kios-label-petunjuk'}
              aria-invalid={problemOf('label') ? true : undefined}
              key={`label-${registerRefusal ? 'r' : 'n'}`}
            />
          </div>
          <button type="submit" name="tindakan" value={INTENT.register} className="button">
            {t('kiosk.staff.register.submit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="kios-wilayah">
        <h2 id="kios-wilayah">{t('kiosk.staff.list.heading')}</h2>
        {current.length ? <ul className="kiosk-list">{current.map(row)}</ul> : <p className="notice">{t('kiosk.staff.list.empty')}</p>}
      </section>
      {revokedKiosks.length ? (
        <section aria-labelledby="kios-dicabut">
          <h2 id="kios-dicabut">{t('kiosk.staff.list.revokedHeading')}</h2>
          <ul className="kiosk-list kiosk-list--revoked">{revokedKiosks.map(row)}</ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The second step of revoking a kiosk or giving it a new code, on its card: a POST with the session's
 * CSRF token that does it, or back to the list. A renewal carries the kiosk's open code as this page
 * showed it, so that a reloaded confirmation cannot void a code made since.
 */
function ConfirmStep({ step, kiosk, page }: { step: 'revoke' | 'renew'; kiosk: Pick<KioskRow, 'id' | 'label' | 'pairingExpiresAt'>; page: string }) {
  const t = useT();
  const { csrf } = useStaff();
  const headingId = `${step === 'revoke' ? PARAM.revoke : PARAM.renew}-${kiosk.id}`;
  return (
    <section className="kiosk-confirm" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(`kiosk.staff.${step}.confirmHeading`, { label: kiosk.label })}</h4>
      <p>{t(`kiosk.staff.${step}.confirmBody`)}</p>
      <Form method="post" action={`/staf/kios${page}`} className="kiosk-actions">
        <CsrfField token={csrf} />
        <input type="hidden" name="kios" value={kiosk.id} />
        {step === 'renew' ? <input type="hidden" name={SEEN_FIELD} value={kiosk.pairingExpiresAt ?? ''} /> : null}
        <button type="submit" name="tindakan" value={INTENT[step]} className="button">
          {t(`kiosk.staff.${step}.confirm`)}
        </button>
        <Link to={page} className="button button--quiet">
          {t('kiosk.staff.cancel')}
        </Link>
      </Form>
    </section>
  );
}

/**
 * The QR code and the short code, shown once in the answer to the POST that made them. It takes focus
 * so that a screen reader reads it first; with JavaScript a countdown says how long the code is open.
 */
function PairingPanel({ pairing, timeZone }: { pairing: Pairing; timeZone: string }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    ref.current?.focus();
    const tick = () => setLeft(Math.max(0, Date.parse(pairing.expiresAt) - Date.now()));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [pairing.expiresAt]);
  const kioskPage = pairing.url.replace(/\/pasang\?.*$/, '');
  const mmss = left === null ? null : `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, '0')}`;
  return (
    <section ref={ref} className="kiosk-pairing" aria-labelledby="pasangkan-kios" tabIndex={-1}>
      <h2 id="pasangkan-kios">{t('kiosk.staff.pairing.heading', { label: pairing.label })}</h2>
      <p>
        <strong>{t('kiosk.staff.pairing.once')}</strong>
      </p>
      {pairing.addressConfigured ? null : <p className="notice notice--warning">{t('kiosk.staff.pairing.unconfigured', { url: kioskPage })}</p>}
      <div className="kiosk-pairing__body">
        <div className="kiosk-pairing__qr" role="img" aria-label={t('kiosk.staff.pairing.qrLabel', { url: pairing.url })} dangerouslySetInnerHTML={{ __html: pairing.qr }} />
        <div>
          <p>{t('kiosk.staff.pairing.code')}</p>
          <p className="kiosk-pairing__code">{pairing.code}</p>
          <p>{t('kiosk.staff.pairing.expires', { time: clockText(LOCALES[t.lang], pairing.expiresAt, timeZone) })}</p>
          {left === 0 ? (
            <p className="notice notice--warning" role="status">
              {t('kiosk.staff.pairing.expired')}
            </p>
          ) : mmss ? (
            <p>{t('kiosk.staff.pairing.left', { time: mmss })}</p>
          ) : null}
        </div>
      </div>
      <h3>{t('kiosk.staff.pairing.steps')}</h3>
      <ol className="kiosk-pairing__steps">
        <li>{t('kiosk.staff.pairing.step1', { url: kioskPage })}</li>
        <li>{t('kiosk.staff.pairing.step2')}</li>
        <li>{t('kiosk.staff.pairing.step3')}</li>
      </ol>
      <p className="field__hint">{t('kiosk.staff.pairing.https')}</p>
    </section>
  );
}
