/**
 * Describes a thrown value in a few words without ever throwing itself, even when the value is
 * hostile (a getter or `toString` that throws).
 *
 * @param error - Whatever was thrown.
 * @returns Its message, or a neutral description.
 */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
    if (typeof error === 'string') return error;
  } catch {
    // fall through to the neutral description
  }
  return 'an error without a readable message';
}
