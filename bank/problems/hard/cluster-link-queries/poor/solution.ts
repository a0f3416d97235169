export function clusterQueries(n: number, ops: string[]): number[] {
  var label: any = [];
  for (var i = 0; i < n; i++) {
    label.push(i);
  }
  var out: any = [];
  for (var k = 0; k < ops.length; k++) {
    var parts: any = ops[k]!.split(" ");
    if (parts[0] == "link") {
      var a = parseInt(parts[1]);
      var b = parseInt(parts[2]);
      var la = label[a];
      var lb = label[b];
      if (la != lb) {
        for (var i = 0; i < n; i++) {
          if (label[i] == lb) {
            label[i] = la;
          }
        }
      }
    } else if (parts[0] == "same") {
      var a = parseInt(parts[1]);
      var b = parseInt(parts[2]);
      if (label[a] == label[b]) {
        out.push(1);
      } else {
        out.push(0);
      }
    } else if (parts[0] == "size") {
      var a = parseInt(parts[1]);
      var c = 0;
      for (var i = 0; i < n; i++) {
        if (label[i] == label[a]) {
          c = c + 1;
        }
      }
      out.push(c);
    } else if (parts[0] == "count") {
      var seen: any = [];
      for (var i = 0; i < n; i++) {
        var found = false;
        for (var j = 0; j < seen.length; j++) {
          if (seen[j] == label[i]) {
            found = true;
          }
        }
        if (found == false) {
          seen.push(label[i]);
        }
      }
      out.push(seen.length);
    }
  }
  return out;
}
