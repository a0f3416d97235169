export function countSignChanges(values: number[]): number {
  var count = 0;
  var last: any = null;
  for (var i = 0; i < values.length; i++) {
    var v: any = values[i];
    if (v != 0) {
      if (last != null) {
        if (last > 0) {
          if (v < 0) {
            count = count + 1;
          }
        } else {
          if (v > 0) {
            count = count + 1;
          }
        }
      }
      last = v;
    }
  }
  return count;
}
