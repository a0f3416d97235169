export function lfuSimulate(capacity: number, ops: string[]): (number | null)[] {
  var data: any = []; // each entry: [key, value, uses, last time]
  var out: any = [];
  for (var i = 0; i < ops.length; i++) {
    var p: any = ops[i]!.split(" ");
    if (p[0] == "get") {
      var hit = -1;
      for (var j = 0; j < data.length; j++) {
        if (data[j][0] == p[1]) {
          hit = j;
        }
      }
      if (hit == -1) {
        out.push(null);
      } else {
        data[hit][2] = data[hit][2] + 1;
        data[hit][3] = i;
        out.push(data[hit][1]);
      }
    } else {
      if (capacity == 0) {
        continue;
      }
      var hit = -1;
      for (var j = 0; j < data.length; j++) {
        if (data[j][0] == p[1]) {
          hit = j;
        }
      }
      if (hit != -1) {
        data[hit][1] = parseInt(p[2]);
        data[hit][2] = data[hit][2] + 1;
        data[hit][3] = i;
      } else {
        if (data.length == capacity) {
          var victim = 0;
          for (var j = 1; j < data.length; j++) {
            if (data[j][2] < data[victim][2]) {
              victim = j;
            } else if (data[j][2] == data[victim][2]) {
              if (data[j][3] < data[victim][3]) {
                victim = j;
              }
            }
          }
          data.splice(victim, 1);
        }
        data.push([p[1], parseInt(p[2]), 1, i]);
      }
    }
  }
  return out;
}
