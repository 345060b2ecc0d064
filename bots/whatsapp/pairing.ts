import qrcode from 'qrcode-terminal';

/** What to do with the code, in one plain line under it. */
export const PAIRING_INSTRUCTIONS =
  "Link this number: on the programme's phone, open WhatsApp > Settings > Linked devices > Link a device, and scan the code above (it is renewed every few seconds).";

/** Prints the pairing QR code for a terminal, then the instructions. */
export function printPairingCode(qr: string, print: (text: string) => void): void {
  qrcode.generate(qr, { small: true }, (code) => print(`${code}\n${PAIRING_INSTRUCTIONS}`));
}
