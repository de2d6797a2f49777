import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import { ELEMENT_TEXT, GRADE_LABEL, SKM_ELEMENTS, type Grade, type SkmElement } from '@suara/skm';
import { translator, type Lang, type MessageKey } from '../i18n';

/**
 * The Laporan SKM as a PDF, drawn with pdfkit (pure JavaScript: no browser at run time) from the
 * snapshot `content` of one published version (facts/LAPORAN.md, "What a Laporan SKM contains";
 * decision record 0026): the same version always prints the same document. DejaVu Sans is embedded
 * (subset) so that citizens' comments in any Latin script and common symbols print; characters the
 * font cannot draw (emoji, scripts it lacks) are left out rather than drawn as empty boxes.
 */

export interface ReportCount {
  code: string;
  count: number;
}

export interface ReportAction {
  element: SkmElement;
  action: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  evidence?: string | null;
  dropReason?: string | null;
}

export interface ReportContent {
  region: { slug: string; name: string };
  unit: { name: string; abbreviation: string | null };
  period: { key: string; from: string; to: string };
  legalBasis: string[];
  method: {
    channels: ReportCount[];
    respondents: number;
    population: number;
    requiredSampleSize: number;
    provisional: boolean;
    profile: { ageGroup: ReportCount[]; gender: ReportCount[]; education: ReportCount[]; occupation: ReportCount[] };
  };
  results: { responseCount: number; ikm: number | null; grade: Grade | null; elements: Array<{ element: SkmElement; average: number }> };
  services: Array<{ name: string; responseCount: number; ikm: number | null; grade: Grade | null; elements: Array<{ element: SkmElement; average: number }> }>;
  trend: Array<{ key: string; responseCount: number; ikm: number | null; grade: Grade | null }>;
  analysis: {
    weakest: Array<{ element: SkmElement; average: number }>;
    strongest: Array<{ element: SkmElement; average: number }>;
    comments: Array<{ element: SkmElement; tone: 'LOW' | 'HIGH'; service: string; day: string; text: string; answered: boolean }>;
    complaints: { received: number; answered: number };
  };
  followUp: {
    state?: string;
    actions: ReportAction[];
    previous: { key: string; actions: ReportAction[]; done: number; total: number; completion?: number | null; medianDays?: number | null };
  };
  publications: Array<{ channel: string; at: string | null; url: string | null }>;
  revision: null | { previousVersion: number; previousResponseCount: number; previousIkm: number | null; addedResponses: number };
}

export interface ReportVersion {
  /** 0 for a draft (a staff preview, never published). */
  version: number;
  publishedAt: string;
  signedBy: string;
  revisionReason: string | null;
  content: ReportContent;
}

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
let coverage: GlyphFont | null = null;

/** `text` without what DejaVu Sans cannot draw (emoji, unsupported scripts) and without control characters. */
export function printable(text: string): string {
  coverage ??= fontkit.openSync(REGULAR) as unknown as GlyphFont;
  let out = '';
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x09) out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    else if (coverage.hasGlyphForCodePoint(cp)) out += char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

const MARGIN = 56;
const HEADER_Y = 24;

export interface PdfOptions {
  /** Streams uncompressed (tests read the text in the bytes). */
  compress?: boolean;
}

/** The PDF bytes of one report version. */
export async function renderReportPdf(report: ReportVersion, lang: Lang, options: PdfOptions = {}): Promise<Buffer> {
  const t = translator(lang);
  const tt = t as unknown as (key: MessageKey, params?: Record<string, string | number>) => string;
  const c = report.content;
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const longDay = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const publishedDay = longDay(report.publishedAt);
  const num = (n: number | null, digits = 2) => (n === null ? t('report.pdf.none') : n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const elementName = (e: SkmElement) => ELEMENT_TEXT[lang][e].name;
  const gradeLabel = (g: Grade | null) => (g ? GRADE_LABEL[lang][g] : t('report.pdf.none'));

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN + 8, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: `${t('report.pdf.title')} – ${printable(c.unit.name)} – ${c.period.key} – v${report.version}`,
      Author: printable(c.region.name),
      Subject: t('report.pdf.title'),
      Creator: 'Suara',
    },
  });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string, size = 14) => {
    ensure(size * 4);
    doc.moveDown(0.6).font('bold').fontSize(size).fillColor('#000').text(printable(text), MARGIN, doc.y, { width });
    doc.moveDown(0.3).font('body').fontSize(10);
  };
  const para = (text: string) => {
    doc.font('body').fontSize(10).fillColor('#000').text(printable(text), MARGIN, doc.y, { width, align: 'left' });
    doc.moveDown(0.4);
  };
  const bullet = (text: string) => {
    doc.font('body').fontSize(10).text(`•  ${printable(text)}`, MARGIN + 8, doc.y, { width: width - 8 });
  };

  /** A simple ruled table that breaks across pages and repeats its header. */
  const table = (columns: Array<{ label: string; width: number; align?: 'left' | 'right' }>, rows: string[][]) => {
    const total = columns.reduce((a, col) => a + col.width, 0);
    const widths = columns.map((col) => (col.width / total) * width);
    const pad = 3;
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font).fontSize(9);
      return Math.max(...cells.map((cell, i) => doc.heightOfString(printable(cell) || ' ', { width: widths[i]! - pad * 2 }))) + pad * 2;
    };
    const drawRow = (cells: string[], font: string, shade: boolean) => {
      const h = rowHeight(cells, font);
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (font !== 'bold') drawRow(columns.map((col) => col.label), 'bold', true);
      }
      const y = doc.y;
      if (shade) doc.rect(MARGIN, y, width, h).fill('#eeeeee');
      doc.fillColor('#000').font(font).fontSize(9);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        doc.text(printable(cell) || ' ', x + pad, y + pad, { width: widths[i]! - pad * 2, align: columns[i]!.align ?? 'left' });
        x += widths[i]!;
      });
      doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor('#999').stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    ensure(40);
    drawRow(columns.map((col) => col.label), 'bold', true);
    for (const row of rows) drawRow(row, 'body', false);
    doc.moveDown(0.6);
  };

  // --- Title ---------------------------------------------------------------------------------
  doc.font('bold').fontSize(18).text(t('report.pdf.title'), { width });
  doc.moveDown(0.3).fontSize(14).text(printable(c.unit.name), { width });
  doc.font('body').fontSize(11).text(printable(c.region.name), { width });
  doc.moveDown(0.3).text(t('report.pdf.periodLine', { period: c.period.key, from: longDay(c.period.from), to: longDay(c.period.to) }), { width });
  if (report.version === 0) doc.font('bold').fillColor('#b91c1c').text(t('report.pdf.draft', { date: publishedDay }), { width }).fillColor('#000').font('body');
  else doc.text(t('report.pdf.versionLine', { version: String(report.version), date: publishedDay }), { width });
  if (c.revision && report.revisionReason) {
    const reason =
      lang === 'en'
        ? tt('report.pdf.revisionEn', {
            added: c.revision.addedResponses,
            before: c.revision.previousResponseCount,
            after: c.results.responseCount,
            ikmBefore: num(c.revision.previousIkm),
            ikmAfter: num(c.results.ikm),
          })
        : report.revisionReason;
    doc.moveDown(0.5);
    const text = t('report.pdf.revisionBox', { reason: printable(reason) });
    const h = doc.font('bold').fontSize(10).heightOfString(text, { width: width - 16 }) + 12;
    const y = doc.y;
    doc.rect(MARGIN, y, width, h).lineWidth(1).strokeColor('#b45309').stroke();
    doc.fillColor('#7c2d12').text(text, MARGIN + 8, y + 6, { width: width - 16 });
    doc.fillColor('#000').font('body');
    doc.y = y + h;
  }

  // --- 1. Introduction --------------------------------------------------------------------------
  heading(t('report.pdf.s1'));
  para(t('report.pdf.s1.body', { unit: c.unit.name, region: c.region.name, period: c.period.key }));
  doc.font('bold').fontSize(10).text(t('report.pdf.s1.services'));
  for (const s of c.services) bullet(s.name);
  doc.moveDown(0.4).font('bold').fontSize(10).text(t('report.pdf.s1.legal'), MARGIN);
  for (const basis of c.legalBasis) bullet(basis);

  // --- 2. Method --------------------------------------------------------------------------------
  heading(t('report.pdf.s2'));
  para(t('report.pdf.s2.body'));
  para(t('report.pdf.s2.sample', { respondents: c.method.respondents, population: c.method.population, required: c.method.requiredSampleSize }));
  if (c.method.provisional) para(t('report.pdf.s2.provisional'));
  const channelLabel = (code: string) => (['WEB', 'KIOSK', 'PAPER', 'IMPORT'].includes(code) ? tt(`report.pdf.channel.${code}` as MessageKey) : code || t('report.pdf.s2.unknown'));
  table(
    [{ label: t('report.pdf.s2.channel'), width: 3 }, { label: t('report.pdf.s2.count'), width: 1, align: 'right' }],
    c.method.channels.map((ch) => [channelLabel(ch.code), t.number(ch.count)]),
  );
  doc.font('bold').fontSize(11).text(t('report.pdf.s2.profile'), MARGIN);
  doc.moveDown(0.3);
  const profile = (label: string, counts: ReportCount[], name: (code: string) => string) =>
    table(
      [{ label, width: 3 }, { label: t('report.pdf.s2.count'), width: 1, align: 'right' }],
      counts.map((x) => [x.code ? name(x.code) : t('report.pdf.s2.unknown'), t.number(x.count)]),
    );
  profile(t('report.pdf.s2.age'), c.method.profile.ageGroup, (code) => code);
  profile(t('report.pdf.s2.gender'), c.method.profile.gender, (code) => (code === 'L' ? (lang === 'id' ? 'Laki-laki' : 'Male') : code === 'P' ? (lang === 'id' ? 'Perempuan' : 'Female') : code));
  profile(t('report.pdf.s2.education'), c.method.profile.education, (code) => code);
  profile(t('report.pdf.s2.occupation'), c.method.profile.occupation, (code) => code.replace('_', '/'));

  // --- 3. Results -------------------------------------------------------------------------------
  heading(t('report.pdf.s3'));
  if (c.results.ikm === null) para(t('report.pdf.s3.noScore'));
  else para(t('report.pdf.s3.unit', { unit: c.unit.name, ikm: num(c.results.ikm), grade: c.results.grade ?? '', label: gradeLabel(c.results.grade), responses: c.results.responseCount }));
  doc.font('bold').fontSize(11).text(t('report.pdf.s3.elements'), MARGIN);
  doc.moveDown(0.3);
  table(
    [{ label: t('report.pdf.s3.element'), width: 4 }, { label: t('report.pdf.s3.average'), width: 2, align: 'right' }, { label: t('report.pdf.s3.converted'), width: 2, align: 'right' }],
    c.results.elements.map((e) => [elementName(e.element), num(e.average, 3), num(e.average * 25)]),
  );
  doc.font('bold').fontSize(11).text(t('report.pdf.s3.services'), MARGIN);
  doc.moveDown(0.3);
  table(
    [{ label: t('report.pdf.s3.service'), width: 5 }, { label: t('report.pdf.s3.responses'), width: 2, align: 'right' }, { label: t('report.pdf.s3.ikm'), width: 1.5, align: 'right' }, { label: t('report.pdf.s3.grade'), width: 1.2 }],
    c.services.map((s) => [s.name, t.number(s.responseCount), num(s.ikm), s.grade ?? t('report.pdf.none')]),
  );
  doc.font('bold').fontSize(11).text(t('report.pdf.s3.trend'), MARGIN);
  doc.moveDown(0.3);
  table(
    [{ label: t('report.pdf.s3.period'), width: 2 }, { label: t('report.pdf.s3.responses'), width: 2, align: 'right' }, { label: t('report.pdf.s3.ikm'), width: 1.5, align: 'right' }, { label: t('report.pdf.s3.grade'), width: 1.2 }],
    c.trend.map((p) => [p.key, t.number(p.responseCount), num(p.ikm), p.grade ?? t('report.pdf.none')]),
  );

  // --- 4. Analysis ------------------------------------------------------------------------------
  heading(t('report.pdf.s4'));
  const listOf = (items: Array<{ element: SkmElement; average: number }>) => items.map((e) => `${elementName(e.element)} (${num(e.average, 3)})`).join(', ') || t('report.pdf.none');
  para(t('report.pdf.s4.weakest', { elements: listOf(c.analysis.weakest) }));
  para(t('report.pdf.s4.strongest', { elements: listOf(c.analysis.strongest) }));
  doc.font('bold').fontSize(11).text(t('report.pdf.s4.comments'), MARGIN);
  doc.moveDown(0.3);
  if (!c.analysis.comments.length) para(t('report.pdf.s4.noComments'));
  for (const comment of c.analysis.comments) {
    ensure(40);
    doc.font('bold').fontSize(9).text(`${elementName(comment.element)} · ${comment.tone === 'LOW' ? t('report.pdf.s4.low') : t('report.pdf.s4.high')}`, MARGIN);
    para(
      t('report.pdf.s4.comment', {
        text: printable(comment.text),
        service: comment.service,
        date: longDay(comment.day),
        answered: comment.answered ? t('report.pdf.s4.answered') : '',
      }),
    );
  }
  para(t('report.pdf.s4.complaints', { received: c.analysis.complaints.received, answered: c.analysis.complaints.answered }));

  // --- 5. Follow-up plan --------------------------------------------------------------------------
  heading(t('report.pdf.s5'));
  const statusLabel = (s: string) => (['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'].includes(s) ? tt(`report.pdf.status.${s}` as MessageKey) : s);
  const actionRows = (actions: ReportContent['followUp']['actions']) =>
    actions.map((a) => [
      elementName(a.element),
      [a.action, a.evidence ? `${t('report.pdf.s5.evidence')}: ${a.evidence}` : '', a.dropReason ? `${t('report.pdf.s5.dropReason')}: ${a.dropReason}` : ''].filter(Boolean).join('\n'),
      a.owner ?? t('report.pdf.none'),
      a.dueOn ? longDay(a.dueOn) : t('report.pdf.none'),
      statusLabel(a.status),
    ]);
  const actionColumns = [
    { label: t('report.pdf.s3.element'), width: 2.2 },
    { label: t('report.pdf.s5.action'), width: 4.5 },
    { label: t('report.pdf.s5.owner'), width: 2 },
    { label: t('report.pdf.s5.due'), width: 1.8 },
    { label: t('report.pdf.s5.status'), width: 1.6 },
  ];
  if (c.followUp.actions.length) table(actionColumns, actionRows(c.followUp.actions));
  else para(t('report.pdf.s5.none'));
  const prev = c.followUp.previous;
  if (prev.total) {
    para(t('report.pdf.s5.previous', { period: prev.key, done: prev.done, total: prev.total }));
    if (prev.completion != null) {
      para(t('report.pdf.s5.figures', { completion: Math.round(prev.completion * 100), days: prev.medianDays == null ? t('report.pdf.none') : String(prev.medianDays) }));
    }
    table(actionColumns, actionRows(prev.actions));
  } else para(t('report.pdf.s5.previousNone', { period: prev.key }));
  doc.font('bold').fontSize(11).text(t('report.pdf.s5.publication'), MARGIN);
  doc.moveDown(0.3);
  const channelKeys = ['PORTAL', 'WEBSITE', 'NOTICE_BOARD', 'SOCIAL_MEDIA', 'PRINT'];
  for (const p of c.publications) {
    const label = channelKeys.includes(p.channel) ? tt(`report.pdf.s5.channel.${p.channel}` as MessageKey) : p.channel;
    bullet(`☑ ${label}${p.at ? `, ${longDay(p.at)}` : ''}${p.url ? ` (${p.url})` : ''}`);
  }

  // --- 6. Conclusion ------------------------------------------------------------------------------
  heading(t('report.pdf.s6'));
  if (c.results.ikm !== null) {
    para(
      t('report.pdf.s6.body', {
        responses: c.results.responseCount,
        unit: c.unit.name,
        period: c.period.key,
        ikm: num(c.results.ikm),
        grade: c.results.grade ?? '',
        label: gradeLabel(c.results.grade),
        weakest: c.analysis.weakest.map((e) => elementName(e.element)).join(', ') || t('report.pdf.none'),
      }),
    );
  }
  ensure(90);
  doc.moveDown(1);
  const signX = MARGIN + width / 2;
  doc.font('body').fontSize(10).text(t('report.pdf.s6.signed', { date: publishedDay }), signX, doc.y, { width: width / 2 });
  doc.moveDown(3);
  doc.font('bold').text(printable(report.signedBy), signX, doc.y, { width: width / 2 });
  doc.x = MARGIN;

  // --- Annexes -------------------------------------------------------------------------------------
  doc.addPage();
  heading(t('report.pdf.annexA'));
  SKM_ELEMENTS.forEach((e, i) => {
    const text = ELEMENT_TEXT[lang][e];
    ensure(50);
    doc.font('bold').fontSize(10).text(`${i + 1}. ${text.name}`, MARGIN, doc.y, { width });
    doc.font('body').fontSize(10).text(text.question, MARGIN + 12, doc.y, { width: width - 12 });
    doc.text(text.answers.map((a, k) => `${k + 1} = ${a}`).join(' · '), MARGIN + 12, doc.y, { width: width - 12 });
    doc.moveDown(0.4);
  });
  heading(t('report.pdf.annexB'));
  const scored = c.services.filter((s) => s.elements.length);
  table(
    [{ label: t('report.pdf.s3.element'), width: 3 }, ...scored.map((s) => ({ label: s.name, width: 2, align: 'right' as const }))],
    SKM_ELEMENTS.map((e) => [elementName(e), ...scored.map((s) => num(s.elements.find((x) => x.element === e)?.average ?? null, 3))]),
  );

  // --- Header and page numbers on every page ----------------------------------------------------
  const range = doc.bufferedPageRange();
  const header = printable(
    report.version === 0
      ? `${t('report.pdf.draft', { date: publishedDay })} · ${c.unit.name} · ${c.period.key}`
      : t('report.pdf.header', { unit: c.unit.name, period: c.period.key, version: String(report.version), date: publishedDay }),
  );
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.font('body').fontSize(8).fillColor('#444');
    doc.text(header, MARGIN, HEADER_Y, { width, lineBreak: false, ellipsis: true });
    doc.text(t('report.pdf.page', { page: String(i + 1), pages: String(range.count) }), MARGIN, doc.page.height - MARGIN + 20, { width, align: 'center', lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/** `laporan-skm-<unit>-<period>-v<n>.pdf`: a readable file name, ASCII only. */
export function reportFileName(unitName: string, periodKey: string, version: number): string {
  const slug = unitName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `laporan-skm-${slug || 'unit'}-${periodKey.toLowerCase()}-${version === 0 ? 'draf' : `v${version}`}.pdf`;
}
