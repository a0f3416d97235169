export function longestStableWindow(readings: number[], tolerance: number): number {
  if (readings == null || readings.length == 0) {
    return 0;
  }
  var r: any = readings;
  var best = 1;
  for (var i = 0; i < r.length; i++) {
    for (var j = i; j < r.length; j++) {
      var mx = r[i];
      var mn = r[i];
      for (var k = i; k < j + 1; k++) {
        if (r[k] > mx) {
          mx = r[k];
        }
      }
      for (var k = i; k < j + 1; k++) {
        if (r[k] < mn) {
          mn = r[k];
        }
      }
      if (mx - mn <= tolerance) {
        if (j - i + 1 > best) {
          best = j - i + 1;
        } else {
          if (j - i + 1 == best) {
            best = best;
          }
        }
      } else {
        if (mx - mn > tolerance) {
          break;
        }
      }
    }
  }
  return best;
}
