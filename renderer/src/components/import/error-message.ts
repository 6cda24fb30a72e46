/** The Vietnamese message of a refused call (ApiError) or of any other failure, to show as it is. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
