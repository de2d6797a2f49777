/**
 * The four faces of the SKM's four answers, worst to best: drawn as SVG so they look the same on
 * every tablet (emoji differ by system and some tablets have none), with a colour each and a mouth
 * that alone tells them apart for people who do not see colour. Decorative: the answer words beside
 * them are the button's name.
 */
const COLOURS = ['#c62828', '#ef6c00', '#7cb342', '#2e7d32'] as const;
/** Mouths from a deep frown to a wide smile. */
const MOUTHS = ['M30 70 Q50 52 70 70', 'M32 68 Q50 62 68 68', 'M32 62 Q50 74 68 62', 'M28 58 Q50 84 72 58'] as const;

export function Face({ score }: { score: 1 | 2 | 3 | 4 }) {
  const colour = COLOURS[score - 1];
  return (
    <svg className="kiosk-face" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="46" fill={colour} />
      <circle cx="35" cy="40" r="6" fill="#fff" />
      <circle cx="65" cy="40" r="6" fill="#fff" />
      <path d={MOUTHS[score - 1]} stroke="#fff" strokeWidth="7" strokeLinecap="round" fill="none" />
    </svg>
  );
}
