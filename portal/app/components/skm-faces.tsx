import { MAX_SCORE, MIN_SCORE } from '@suara/skm';
import type { ChangeEvent } from 'react';

/**
 * The four answers of one SKM question as large faces (issue 13, point 2), the way regional e-SKM
 * apps and counter kiosks show them: one drawing and one tile per answer, with its official answer
 * word (facts/SKM.md, "answer labels 1 → 4"; @suara/skm ELEMENT_TEXT) as the control's name. The
 * drawing is decoration (aria-hidden): the word says the answer, the face only helps to see it at a
 * glance. Two uses, each with the semantics its page needs:
 *
 * - `radio` (the rating form): each face is a real radio, so the question's fieldset and legend name
 *   the group, arrow keys move between answers, and the form posts the same values with or without
 *   JavaScript. The radio covers its tile: the whole tile is the touch target, and the tile shows the
 *   radio's focus and checked state.
 * - `button` (the counter kiosk, one question per screen): each face is a button that answers at
 *   once; the one chosen before is `aria-pressed`, and keys 1–4 are announced as its shortcut.
 */

/** The official answer words for scores 1 → 4, in the page's language. */
type Answers = readonly [string, string, string, string];

export interface SkmFaceRadiosProps {
  kind: 'radio';
  answers: Answers;
  /** The radio group's name in the POST body. */
  name: string;
  /** Radios get the ids `<idPrefix>-1` … `<idPrefix>-4` (by score). */
  idPrefix: string;
  /** The score given before (a refused form coming back), as sent. */
  defaultValue?: string;
  invalid?: boolean;
  /** aria-describedby of each radio (the error beside the question). */
  describedBy?: string;
  onChange?: (score: number, event: ChangeEvent<HTMLInputElement>) => void;
}

export interface SkmFaceButtonsProps {
  kind: 'button';
  answers: Answers;
  /** The id of the question's text, which names the group. */
  labelledBy: string;
  /** The score chosen before (coming back to the question), if any. */
  chosen: number | null;
  onAnswer: (score: number) => void;
}

/** The scores the faces stand for, in order. */
const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

/** Mouth curves from a deep frown (1) to a broad smile (4): control point below the corners smiles. */
const MOUTHS: Record<number, string> = {
  1: 'M14 33 Q24 23 34 33',
  2: 'M15 32 Q24 28 33 32',
  3: 'M15 29 Q24 34 33 29',
  4: 'M13 27 Q24 39 35 27',
};

/**
 * One face, drawn for a score (1–4), as inline SVG so that it looks the same on every phone and
 * tablet (emoji differ by system, and some tablets have none). Each score has a colour of its own,
 * and the mouth alone tells them apart for people who do not see colour.
 */
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

export function SkmFaces(props: SkmFaceRadiosProps | SkmFaceButtonsProps) {
  if (props.kind === 'button') {
    const { answers, labelledBy, chosen, onAnswer } = props;
    return (
      <div className="faces faces--button" role="group" aria-labelledby={labelledBy}>
        {SCORES.map((score) => (
          <button key={score} type="button" className="faces__button" aria-pressed={chosen === score} aria-keyshortcuts={String(score)} onClick={() => onAnswer(score)}>
            <SkmFace score={score} />
            <span className="faces__word">{answers[score - MIN_SCORE]}</span>
          </button>
        ))}
      </div>
    );
  }
  const { answers, name, idPrefix, defaultValue, invalid, describedBy, onChange } = props;
  return (
    <div className="faces faces--radio">
      {SCORES.map((score) => {
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
              <span className="faces__word">{answers[score - MIN_SCORE]}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
