export function lruSimulate(capacity: number, ops: string[]): (number | null)[] {
  var keys: any = [];
  var vals: any = [];
  var out: any = [];
  for (var i = 0; i < ops.length; i++) {
    var p: any = ops[i]!.split(" ");
    if (p[0] == "get") {
      var idx = -1;
      for (var j = 0; j < keys.length; j++) {
        if (keys[j] == p[1]) {
          idx = j;
        }
      }
      if (idx == -1) {
        out.push(null);
      } else {
        var k = keys[idx];
        var v = vals[idx];
        keys.splice(idx, 1);
        vals.splice(idx, 1);
        keys.push(k);
        vals.push(v);
        out.push(v);
      }
    }
    if (p[0] == "put") {
      if (capacity > 0) {
        var idx = -1;
        for (var j = 0; j < keys.length; j++) {
          if (keys[j] == p[1]) {
            idx = j;
          }
        }
        if (idx != -1) {
          keys.splice(idx, 1);
          vals.splice(idx, 1);
        }
        keys.push(p[1]);
        vals.push(parseInt(p[2]));
        if (keys.length > capacity) {
          keys.splice(0, 1);
          vals.splice(0, 1);
        }
      }
    }
  }
  return out;
}
