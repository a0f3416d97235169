export function dispatchJobs(jobs: number[][]): number[][] {
  var n = jobs.length;
  var j: any = jobs;
  var used: any = [];
  for (var i = 0; i < n; i++) {
    used.push(false);
  }
  var t = 0;
  var res: any = [];
  var count = 0;
  while (count < n) {
    var pick = -1;
    for (var i = 0; i < n; i++) {
      if (used[i] == false) {
        if (j[i][0] <= t) {
          if (pick == -1) {
            pick = i;
          } else {
            if (j[i][2] > j[pick][2]) {
              pick = i;
            } else if (j[i][2] == j[pick][2]) {
              if (j[i][0] < j[pick][0]) {
                pick = i;
              }
            }
          }
        }
      }
    }
    if (pick == -1) {
      var nxt = 999999999999999;
      for (var i = 0; i < n; i++) {
        if (used[i] == false) {
          if (j[i][0] < nxt) {
            nxt = j[i][0];
          }
        }
      }
      t = nxt;
      continue;
    }
    used[pick] = true;
    res.push([pick, t, t + j[pick][1]]);
    t = t + j[pick][1];
    count = count + 1;
  }
  return res;
}
