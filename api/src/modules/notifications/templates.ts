import { NotificationKind } from './notification-outbox.entity.js';

export type MailLanguage = 'id' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
}

/** What a template may read from a row's `data`: ids, public names, a receipt code. */
interface TemplateData {
  feedbackId?: string;
  serviceName?: string;
  serviceSlug?: string;
  unitName?: string;
  receiptCode?: string;
  dueAt?: string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function dataOf(raw: Record<string, unknown>): TemplateData {
  return {
    feedbackId: str(raw.feedbackId),
    serviceName: str(raw.serviceName),
    serviceSlug: str(raw.serviceSlug),
    unitName: str(raw.unitName),
    receiptCode: str(raw.receiptCode),
    dueAt: str(raw.dueAt),
  };
}

/** `ABCDE-FGHIJ`, as the receipt page shows it (feedback/receipt-code.ts). */
const receipt = (code: string) => (code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code);

/** A due time as people read it, in Indonesia's western time (the mail does not know the region's zone). */
function dueText(iso: string | undefined, lang: MailLanguage): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) + ' WIB';
}

const FOOTER: Record<MailLanguage, { staff: string; citizen: string }> = {
  id: {
    staff:
      'E-mail ini dikirim otomatis oleh Suara. Isi komentar warga tidak disertakan: e-mail keluar dari sistem kami, jadi bacalah di portal setelah masuk.',
    citizen:
      'Anda menerima e-mail ini karena meminta diberi tahu saat ada jawaban atas masukan Anda. Kami tidak mengirim e-mail lain tentang masukan ini dan tidak membagikan alamat Anda.',
  },
  en: {
    staff: 'Suara sent this e-mail automatically. The citizen’s comment is not included: mail leaves our systems, so read it in the portal after signing in.',
    citizen:
      'You get this e-mail because you asked to be told when your feedback was answered. We send no other e-mail about this feedback and never share your address.',
  },
};

/**
 * Subject and plain-text body of one notification, in its language, with links on `publicUrl`.
 * Staff mails carry no citizen text, only where to read it (decision record 0035).
 */
export function renderMail(kind: NotificationKind, language: MailLanguage, raw: Record<string, unknown>, publicUrl: string): RenderedMail {
  const d = dataOf(raw);
  const service = d.serviceName ?? (language === 'id' ? 'layanan Anda' : 'your service');
  const unit = d.unitName ?? (language === 'id' ? 'unit Anda' : 'your unit');
  const inbox = `${publicUrl}/staf/kotak-masuk`;
  switch (kind) {
    case NotificationKind.COMMENT_PUBLISHED:
      return language === 'id'
        ? {
            subject: `Komentar baru menunggu jawaban: ${service}`,
            text: [
              `Komentar warga tentang layanan "${service}" sudah diterbitkan moderator dan menunggu jawaban ${unit}.`,
              '',
              `Baca dan jawab di kotak masuk: ${inbox}`,
              '',
              'Target jawaban: 5 hari kerja sejak komentar diterbitkan.',
              '',
              `-- \n${FOOTER.id.staff}`,
            ].join('\n'),
          }
        : {
            subject: `A new comment is waiting for an answer: ${service}`,
            text: [
              `A moderator published a citizen's comment on "${service}"; it is waiting for ${unit} to answer.`,
              '',
              `Read and answer it in the inbox: ${inbox}`,
              '',
              'Answer target: 5 working days from publication.',
              '',
              `-- \n${FOOTER.en.staff}`,
            ].join('\n'),
          };
    case NotificationKind.ANSWER_OVERDUE:
      return language === 'id'
        ? {
            subject: `Lewat tenggat: komentar tentang ${service} belum dijawab`,
            text: [
              `Sebuah komentar warga tentang layanan "${service}" (${unit}) belum dijawab dan sudah melewati tenggat 5 hari kerja${d.dueAt ? ` (${dueText(d.dueAt, 'id')})` : ''}.`,
              '',
              `Jawab di kotak masuk: ${inbox}`,
              '',
              `-- \n${FOOTER.id.staff}`,
            ].join('\n'),
          }
        : {
            subject: `Overdue: a comment on ${service} has no answer yet`,
            text: [
              `A citizen's comment on "${service}" (${unit}) has no answer and is past its 5-working-day deadline${d.dueAt ? ` (${dueText(d.dueAt, 'en')})` : ''}.`,
              '',
              `Answer it in the inbox: ${inbox}`,
              '',
              `-- \n${FOOTER.en.staff}`,
            ].join('\n'),
          };
    case NotificationKind.ANSWER_GIVEN: {
      const code = d.receiptCode ? receipt(d.receiptCode) : '';
      const link = code ? `${publicUrl}/lacak/${code}` : publicUrl;
      return language === 'id'
        ? {
            subject: `Ada jawaban untuk masukan Anda tentang ${service}`,
            text: [
              `${unit} sudah menjawab komentar Anda tentang layanan "${service}".`,
              '',
              `Baca jawabannya: ${link}`,
              code ? `Kode tanda terima Anda: ${code}` : '',
              '',
              `-- \n${FOOTER.id.citizen}`,
            ].join('\n'),
          }
        : {
            subject: `Your feedback on ${service} has an answer`,
            text: [
              `${unit} has answered your comment on "${service}".`,
              '',
              `Read the answer: ${link}`,
              code ? `Your receipt code: ${code}` : '',
              '',
              `-- \n${FOOTER.en.citizen}`,
            ].join('\n'),
          };
    }
  }
}
