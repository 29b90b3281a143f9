/** Whether bytes are a PDF's: its header `%PDF-`, which may follow up to 1,024 bytes of anything. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length - 5, 1024);
  outer: for (let at = 0; at <= last; at += 1) {
    for (let k = 0; k < 5; k += 1) if (bytes[at + k] !== '%PDF-'.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
