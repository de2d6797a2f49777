import type { hrVoicesId } from './hr-voices.id';

/** HR reads and tags citizens' published words: /staf/sdm/suara-warga (issue 9, point 4). */
export const hrVoicesEn: { readonly [K in keyof typeof hrVoicesId]: string } = {
  'hrVoices.title': 'Citizens’ voices',
  'hrVoices.intro':
    'Citizens’ published comments and forum posts in your region, as the public reads them. Tag them with the competency they speak of: the tag joins the signal behind the development needs.',
  'hrVoices.noRegion': 'This account has no HR role in any region.',
  'hrVoices.filter': 'Filter citizens’ voices',
  'hrVoices.unit': 'Unit',
  'hrVoices.anyUnit': 'All units',
  'hrVoices.competency': 'Competency',
  'hrVoices.anyCompetency': 'All competencies',
  'hrVoices.lowOnly': 'Only with low scores (1–2)',
  'hrVoices.apply': 'Apply',
  'hrVoices.count.one': '{count} comment or forum post.',
  'hrVoices.count.other': '{count} comments and forum posts.',
  'hrVoices.kind.comment': 'Comment',
  'hrVoices.kind.forum': 'Forum post',
  'hrVoices.low': 'Low scores on:',
  'hrVoices.reasons.summary': 'What citizens said went wrong in {scope}: reasons for scores of 1–2, last 12 months',
  'hrVoices.reasons.note': 'Counted over every rating, with or without a comment (spam left out); the competency and low-score filters do not change it.',
  'hrVoices.reasons.caption': 'Low-score (1–2) reasons in {scope}, last 12 months',
  'hrVoices.reasons.reason': 'Reason',
  'hrVoices.reasons.count': 'Ratings',
  'hrVoices.empty': 'No citizens’ voices match these filters.',
  'hrVoices.next': 'Next page',
  'hrVoices.first': 'Back to the first page',
};
