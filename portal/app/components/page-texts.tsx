import { renderedPageTexts } from '../i18n';
import { initialPageTextsJson, PAGE_TEXTS_ID } from '../i18n/page-texts';
import { useNonce } from '../utils/nonce';

/** JSON inside a script element: `<` escaped, so no text can end the element early. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The texts this page was rendered with, as data for the browser's translators (decision record
 * 0043). Rendered last in the body, after everything that translates; the browser renders the same
 * block it received, unchanged.
 */
export function PageTexts() {
  // A data block runs nothing, but every script element of a page carries the response's nonce, so
  // that the policy never needs an exception (portal/security.mjs).
  const nonce = useNonce();
  const json = typeof document === 'undefined' ? scriptSafe(JSON.stringify(renderedPageTexts() ?? {})) : initialPageTextsJson();
  return <script type="application/json" id={PAGE_TEXTS_ID} nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}
