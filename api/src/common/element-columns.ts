import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
// In common/ (not the feedback module) because modules that the feedback module itself reaches
// (open data, through the SKM import) name the rollup's columns at load time: no import cycle.


/** snake_case stem of each element's columns: `score_<stem>` on feedback, `sum_<stem>` / `low_<stem>` on rollups. */
export const ELEMENT_STEM: Record<SkmElement, string> = Object.fromEntries(
  SKM_ELEMENTS.map((e) => [e, e.toLowerCase()]),
) as Record<SkmElement, string>;

/** The Feedback entity's property holding each element's score (`scorePersyaratan`, …). */
export const SCORE_PROPERTY = Object.fromEntries(
  SKM_ELEMENTS.map((e) => [e, `score${e.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())}`]),
) as Record<SkmElement, `score${string}`>;

/** A score of 1 or 2 ("tidak/kurang …") is a low score: the evidence behind development needs. */
export const LOW_SCORE_MAX = 2;
