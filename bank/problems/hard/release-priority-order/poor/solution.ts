export function releaseOrder(priorities: Record<string, number>, dependencies: string[][]): string[] {
  var pr: any = priorities;
  var names: any = Object.keys(priorities);
  var deps: any = [];
  for (var i = 0; i < dependencies.length; i++) {
    var d: any = dependencies[i];
    if (pr.hasOwnProperty(d[0])) {
      if (pr.hasOwnProperty(d[1])) {
        var found = false;
        for (var j = 0; j < deps.length; j++) {
          if (deps[j][0] == d[0] && deps[j][1] == d[1]) {
            found = true;
          }
        }
        if (found == false) {
          deps.push([d[0], d[1]]);
        }
      } else {
        throw new Error("bad");
      }
    } else {
      throw new Error("bad");
    }
  }
  var result: any = [];
  var done: any = {};
  for (var i = 0; i < names.length; i++) {
    done[names[i]] = 0;
  }
  while (result.length < names.length) {
    var best: any = null;
    for (var i = 0; i < names.length; i++) {
      var t = names[i];
      if (done[t] == 0) {
        var ok = true;
        for (var j = 0; j < deps.length; j++) {
          if (deps[j][1] == t) {
            if (done[deps[j][0]] == 0) {
              ok = false;
            }
          }
        }
        if (ok == true) {
          if (best == null) {
            best = t;
          } else {
            if (pr[t] > pr[best]) {
              best = t;
            } else if (pr[t] == pr[best]) {
              if (t < best) {
                best = t;
              }
            }
          }
        }
      }
    }
    if (best == null) {
      throw new Error("cycle");
    }
    done[best] = 1;
    result.push(best);
  }
  return result;
}
