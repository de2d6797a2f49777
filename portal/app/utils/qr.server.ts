import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, drawn on the server: the poster prints sharp at any size, needs no script
 * and no image request. Error correction M (15 %) survives a crease or a smudge on a counter poster
 * while keeping the modules large enough for a cheap phone camera at arm's length.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  // The picture is named by the element around it (role="img"); the SVG itself is only drawing.
  return svg.trim().replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ');
}
