/** The bytes of a `Uint8Array` or an `ArrayBuffer`, or `undefined` for anything else. */
export function bytesOf(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return undefined;
}
