import { MAX_SCORE, MIN_SCORE } from '@suara/skm';
import type { ChangeEvent } from 'react';

/**
 * The four answers of one SKM question as large faces (issue 13, point 2), the way regional e-SKM
 * apps and counter kiosks show them. Each face is a real radio with its official answer word
 * (facts/SKM.md, "answer labels 1 → 4"; @suara/skm ELEMENT_TEXT) as its label, so the question's
 * fieldset and legend name the group, arrow keys move between answers, and the form posts the same
 * values with or without JavaScript. The radio covers its tile: the whole tile is the touch target,
 * and the tile shows the radio's focus and checked state. The drawing is decoration (aria-hidden):
 * the word says the answer, the face only helps to see it at a glance.
 * Shared by the rating form and, later, the counter kiosk (one face per answer there too).
 */

export interface SkmFacesProps {
  /** The radio group's name in the POST body. */
  name: string;
  /** Radios get the ids `<idPrefix>-1` … `<idPrefix>-4` (by score). */
  idPrefix: string;
  /** The official answer words for scores 1 → 4, in the page's language. */
  answers: readonly [string, string, string, string];
  /** The score given before (a refused form coming back), as sent. */
  defaultValue?: string;
  invalid?: boolean;
  /** aria-describedby of each radio (the error beside the question). */
  describedBy?: string;
  onChange?: (score: number, event: ChangeEvent<HTMLInputElement>) => void;
  /** Larger faces for a kiosk's screen. */
  size?: 'form' | 'kiosk';
}

/** Mouth curves from a deep frown (1) to a broad smile (4): control point below the corners smiles. */
const MOUTHS: Record<number, string> = {
  1: 'M14 33 Q24 23 34 33',
  2: 'M15 32 Q24 28 33 32',
  3: 'M15 29 Q24 34 33 29',
  4: 'M13 27 Q24 39 35 27',
};

/** One face, drawn for a score (1–4). */
export function SkmFace({ score }: { score: number }) {
  return (
    <svg className={`face face--${score}`} viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" className="face__skin" />
      <circle cx="17" cy="19" r="2.6" className="face__feature" />
      <circle cx="31" cy="19" r="2.6" className="face__feature" />
      {score === 1 ? <path d="M12 14 L20 16 M36 14 L28 16" className="face__line" /> : null}
      <path d={MOUTHS[score]} className="face__line" />
    </svg>
  );
}

export function SkmFaces({ name, idPrefix, answers, defaultValue, invalid, describedBy, onChange, size = 'form' }: SkmFacesProps) {
  return (
    <div className={`faces faces--${size}`}>
      {answers.map((label, index) => {
        const score = MIN_SCORE + index;
        const id = `${idPrefix}-${score}`;
        return (
          <div className="faces__answer" key={score}>
            <input
              id={id}
              type="radio"
              name={name}
              value={score}
              defaultChecked={defaultValue === String(score)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={describedBy}
              onChange={onChange ? (event) => onChange(score, event) : undefined}
              className="faces__input"
            />
            <label htmlFor={id} className="faces__label">
              <SkmFace score={score} />
              <span className="faces__word">{label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}

/** The scores the faces stand for, in order (for callers that iterate). */
export const FACE_SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);
