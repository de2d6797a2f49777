/** The one fontkit call the report uses (fontkit ships no types; pdfkit depends on the same version). */
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
