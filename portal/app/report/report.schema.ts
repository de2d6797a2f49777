// zod/mini, like the rating and forum forms: this schema also runs in the citizen's browser, where
// full zod probes `new Function` for its fast path and the CSP (no 'unsafe-eval') reports a violation.
import { z } from 'zod/mini';

/**
 * The "report this comment / post" form (decision record 0039): a reason chosen from a few plain
 * ones, optional words, and the item. Checked in the action; the API checks the reason's length
 * again (REPORT_REASON_MAX in api/src/modules/moderation/report.service.ts) and limits reports per
 * network.
 */
export const REPORT_REASONS = ['DATA_PRIBADI', 'KASAR', 'SPAM', 'TIDAK_BENAR', 'LAINNYA'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Room for the optional words: the API takes 1,000 characters, the chosen reason's label goes first. */
export const REPORT_TEXT_MAX = 900;

/** How moderators read the chosen reason: they work in Indonesian, whatever the citizen's page language. */
export const REASON_FOR_MODERATORS: Record<ReportReason, string> = {
  DATA_PRIBADI: 'Memuat data pribadi',
  KASAR: 'Kasar, menghina atau ujaran kebencian',
  SPAM: 'Spam atau iklan',
  TIDAK_BENAR: 'Tidak benar atau menyesatkan',
  LAINNYA: 'Alasan lain',
};

export const reportFormSchema = z.object({
  // Any UUID shape: the API alone says whether it names a published item.
  item: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'item' })),
  reason: z.enum(REPORT_REASONS, { error: 'reason' }),
  text: z.string().check(
    z.trim(),
    z.refine((v) => [...v].length <= REPORT_TEXT_MAX, { error: 'text' }),
  ),
  back: z.string().check(z.maxLength(2048)),
});
export type ReportForm = z.infer<typeof reportFormSchema>;

/** The reason string the API stores: the chosen reason, then the citizen's words if any. */
export function reasonText(form: Pick<ReportForm, 'reason' | 'text'>): string {
  const label = REASON_FOR_MODERATORS[form.reason];
  return form.text ? `${label}: ${form.text}` : label;
}

/** The form's field names, shared by the component and the action. */
export const REPORT_FIELDS = { item: 'item', reason: 'alasan', text: 'keterangan', back: 'kembali', kind: 'jenis' } as const;
