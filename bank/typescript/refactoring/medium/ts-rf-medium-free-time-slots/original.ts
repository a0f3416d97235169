export function freeSlots(busy: number[][], dayStart: number, dayEnd: number, minLength: number): number[][] {
  var b: any = [];
  for (var i = 0; i < busy.length; i++) {
    b.push([busy[i]![0], busy[i]![1]]);
  }
  for (var i = 0; i < b.length; i++) {
    for (var j = 0; j < b.length - 1 - i; j++) {
      if (b[j][0] > b[j + 1][0]) {
        var t = b[j];
        b[j] = b[j + 1];
        b[j + 1] = t;
      }
    }
  }
  var merged: any = [];
  for (var i = 0; i < b.length; i++) {
    if (merged.length == 0) {
      merged.push([b[i][0], b[i][1]]);
    } else {
      if (b[i][0] <= merged[merged.length - 1][1]) {
        if (b[i][1] > merged[merged.length - 1][1]) {
          merged[merged.length - 1][1] = b[i][1];
        }
      } else {
        merged.push([b[i][0], b[i][1]]);
      }
    }
  }
  var result: any = [];
  var cur = dayStart;
  for (var i = 0; i < merged.length; i++) {
    var s = merged[i][0];
    var e = merged[i][1];
    if (s > cur) {
      if (s < dayEnd) {
        if (s - cur >= minLength) {
          result.push([cur, s]);
        }
      } else {
        if (cur < dayEnd) {
          if (dayEnd - cur >= minLength) {
            result.push([cur, dayEnd]);
          }
        }
        cur = dayEnd;
      }
    }
    if (e > cur) {
      cur = e;
    }
  }
  if (cur < dayEnd) {
    if (dayEnd - cur >= minLength) {
      result.push([cur, dayEnd]);
    }
  }
  return result;
}
