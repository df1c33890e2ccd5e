import QRCode from "qrcode";

/** The otpauth:// URI as a QR code, an SVG drawn on the server (no script, no network). */
export async function totpQrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
