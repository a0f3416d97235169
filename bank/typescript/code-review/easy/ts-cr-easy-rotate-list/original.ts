// Rotate a list to the right (or left, for negative steps).

export function rotateList(values: number[], steps: number): number[] {
  if (values.length === 0) {
    return [];
  }
  const shift = ((steps % values.length) + values.length) % values.length;
  return [...values.slice(values.length + shift), ...values.slice(0, values.length - shift)];
}
