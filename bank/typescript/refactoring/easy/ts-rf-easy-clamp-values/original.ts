export function clampValues(values: number[], low: number, high: number): number[] {
  if (low > high) {
    throw new Error('bad range');
  }
  var out: any = [];
  for (var i = 0; i < values.length; i++) {
    var v = values[i];
    if (v != undefined) {
      if (v < low) {
        out.push(low);
      } else {
        if (v > high) {
          out.push(high);
        } else {
          if (v >= low) {
            if (v <= high) {
              out.push(v);
            }
          }
        }
      }
    }
  }
  return out;
}
