// Shortens a text to a maximum length, marking the cut with "...".

const ELLIPSIS = '...';

export function truncateText(text: string, maxLength: number): string {
  if (maxLength < ELLIPSIS.length) throw new RangeError('maxLength must be at least 3');
  return text.length <= maxLength ? text : text.slice(0, maxLength - ELLIPSIS.length) + ELLIPSIS;
}
