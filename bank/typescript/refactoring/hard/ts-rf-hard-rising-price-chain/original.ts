export function risingChain(prices: number[]): number[] {
  var n = prices.length;
  if (n == 0) {
    return [];
  }
  var p: any = prices;
  // best[i] = best chain ending at i (longest, then smallest values)
  var best: any = [];
  for (var i = 0; i < n; i++) {
    best.push([p[i]]);
  }
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < i; j++) {
      if (p[j] < p[i]) {
        var cand: any = [];
        for (var k = 0; k < best[j].length; k++) {
          cand.push(best[j][k]);
        }
        cand.push(p[i]);
        if (cand.length > best[i].length) {
          best[i] = cand;
        } else if (cand.length == best[i].length) {
          var smaller = false;
          for (var k = 0; k < cand.length; k++) {
            if (cand[k] < best[i][k]) {
              smaller = true;
              break;
            } else if (cand[k] > best[i][k]) {
              break;
            }
          }
          if (smaller) {
            best[i] = cand;
          }
        }
      }
    }
  }
  var result = best[0];
  for (var i = 1; i < n; i++) {
    if (best[i].length > result.length) {
      result = best[i];
    } else if (best[i].length == result.length) {
      var smaller = false;
      for (var k = 0; k < result.length; k++) {
        if (best[i][k] < result[k]) {
          smaller = true;
          break;
        } else if (best[i][k] > result[k]) {
          break;
        }
      }
      if (smaller) {
        result = best[i];
      }
    }
  }
  return result;
}
