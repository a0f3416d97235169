// Shortens a text to a maximum length, marking the cut with "...".

const ELLIPSIS = '...';

/**
 * Shorten the text so that it has at most `max_length` characters.
 *
 * @param text - the text (string) the description refers to as `text`
 * @param maxLength - the max length (int) the description refers to as `max_length`
 * @returns the result described above (string)
 * @throws {RangeError} when max_length is smaller than 3
 */
export function truncateText(text: string, maxLength: number): string {
  if (maxLength < ELLIPSIS.length) throw new RangeError('maxLength must be at least 3');
  return text.length <= maxLength ? text : text.slice(0, maxLength - ELLIPSIS.length) + ELLIPSIS;
}
