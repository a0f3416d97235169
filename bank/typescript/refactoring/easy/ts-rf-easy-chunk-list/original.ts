export function chunkList(values: number[], size: number): number[][] {
  if (size < 1) {
    throw new Error('bad');
  }
  var result: any = [];
  var current: any = [];
  for (var i = 0; i < values.length; i++) {
    if (current.length == size) {
      if (current.length > 0) {
        if (true) {
          result.push(current);
          current = [];
        }
      }
    }
    current.push(values[i]);
  }
  if (current.length != 0) {
    if (current.length > 0) {
      result.push(current);
    }
  }
  return result;
}
