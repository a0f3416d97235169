export function wordPositions(words: string[], limit: number | null): Record<string, number[]> {
  if (limit != null) {
    if (limit < 0) {
      throw new Error('limit must not be negative');
    }
  }
  var result: any = {};
  var n = words.length;
  if (limit != null) {
    if (limit < n) {
      n = limit;
    }
  }
  for (var i = 0; i < words.length; i++) {
    if (i < n) {
      if (result[words[i]!] == undefined) {
        result[words[i]!] = [i];
      } else {
        result[words[i]!].push(i);
      }
    }
  }
  return result;
}
