export function prefixTally(ops: string[]): number[] {
  var words: any = [];
  var counts: any = [];
  var out: any = [];
  for (var i = 0; i < ops.length; i++) {
    var op: any = ops[i];
    if (op.substring(0, 4) == "add ") {
      var w = op.substring(4);
      var found = -1;
      for (var j = 0; j < words.length; j++) {
        if (words[j] == w) {
          found = j;
        }
      }
      if (found == -1) {
        words.push(w);
        counts.push(1);
      } else {
        counts[found] = counts[found] + 1;
      }
    } else if (op.substring(0, 4) == "del ") {
      var w = op.substring(4);
      for (var j = 0; j < words.length; j++) {
        if (words[j] == w) {
          if (counts[j] > 0) {
            counts[j] = counts[j] - 1;
          }
        }
      }
    } else if (op.substring(0, 6) == "count ") {
      var p = op.substring(6);
      var total = 0;
      for (var j = 0; j < words.length; j++) {
        if (words[j].length >= p.length) {
          if (words[j].substring(0, p.length) == p) {
            total = total + counts[j];
          }
        }
      }
      out.push(total);
    } else if (op.substring(0, 9) == "distinct ") {
      var p = op.substring(9);
      var total = 0;
      for (var j = 0; j < words.length; j++) {
        if (words[j].length >= p.length) {
          if (words[j].substring(0, p.length) == p) {
            if (counts[j] > 0) {
              total = total + 1;
            }
          }
        }
      }
      out.push(total);
    }
  }
  return out;
}
