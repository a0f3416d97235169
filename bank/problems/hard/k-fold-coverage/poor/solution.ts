export function coveredAtLeast(intervals: number[][], k: number): number {
  var pts: any = [];
  for (var i = 0; i < intervals.length; i++) {
    var found = false;
    for (var j = 0; j < pts.length; j++) {
      if (pts[j] == intervals[i]![0]) {
        found = true;
      }
    }
    if (found == false) {
      pts.push(intervals[i]![0]);
    }
    found = false;
    for (var j = 0; j < pts.length; j++) {
      if (pts[j] == intervals[i]![1]) {
        found = true;
      }
    }
    if (found == false) {
      pts.push(intervals[i]![1]);
    }
  }
  for (var i = 0; i < pts.length; i++) {
    for (var j = 0; j < pts.length - 1; j++) {
      if (pts[j] > pts[j + 1]) {
        var tmp = pts[j];
        pts[j] = pts[j + 1];
        pts[j + 1] = tmp;
      }
    }
  }
  var total = 0;
  for (var i = 0; i < pts.length - 1; i++) {
    var a = pts[i];
    var b = pts[i + 1];
    var c = 0;
    for (var j = 0; j < intervals.length; j++) {
      if (intervals[j]![0]! <= a) {
        if (intervals[j]![1]! >= b) {
          c = c + 1;
          if (c >= k) {
            if (c == k) {
              total = total + (b - a);
            }
          }
        }
      }
    }
  }
  return total;
}
