export function parseDuration(text: string): number {
  throw new Error('not implemented');
}

export function formatDuration(totalSeconds: number): string {
  throw new Error('not implemented');
}
