export function compressRanges(values: number[]): string {
  var v: any = [];
  for (var i = 0; i < values.length; i++) {
    var found = false;
    for (var j = 0; j < v.length; j++) {
      if (v[j] == values[i]) {
        found = true;
      }
    }
    if (found == false) {
      v.push(values[i]);
    }
  }
  for (var i = 0; i < v.length; i++) {
    for (var j = 0; j < v.length - 1; j++) {
      if (v[j] > v[j + 1]) {
        var t = v[j];
        v[j] = v[j + 1];
        v[j + 1] = t;
      }
    }
  }
  var out = "";
  var i = 0;
  while (i < v.length) {
    var j = i;
    while (j + 1 < v.length && v[j + 1] == v[j] + 1) {
      j = j + 1;
    }
    if (j - i + 1 >= 3) {
      if (out != "") {
        out = out + ",";
      }
      out = out + String(v[i]) + ".." + String(v[j]);
    } else {
      for (var k = i; k < j + 1; k++) {
        if (out != "") {
          out = out + ",";
        }
        out = out + String(v[k]);
      }
    }
    i = j + 1;
  }
  return out;
}
