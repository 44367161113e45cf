import QRCode from "qrcode";

export type QrPath = { size: number; path: string };

/**
 * A QR code as one SVG path, drawn by React as an <svg>: no inline styles
 * (the CSP forbids them) and no HTML strings.
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let path = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (modules.get(y, x)) path += `M${x + 2} ${y + 2}h1v1h-1z`;
  }
  // Two modules of quiet zone on each side.
  return { size: size + 4, path };
}
