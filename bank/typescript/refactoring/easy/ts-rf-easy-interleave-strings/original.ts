export function interleaveStrings(first: string, second: string): string {
  var out: any = '';
  var i = 0;
  while (i < first.length || i < second.length) {
    if (i < first.length) {
      if (i < second.length) {
        out = out + first[i] + second[i];
      } else {
        out = out + first[i];
      }
    } else {
      if (i < second.length) {
        out = out + second[i];
      }
    }
    i = i + 1;
  }
  return out;
}
