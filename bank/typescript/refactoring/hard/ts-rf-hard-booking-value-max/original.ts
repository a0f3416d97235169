export function maxBookingValue(bookings: number[][]): number {
  var n = bookings.length;
  var b: any = [];
  for (var i = 0; i < n; i++) {
    b.push([bookings[i]![0], bookings[i]![1], bookings[i]![2]]);
  }
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n - 1; j++) {
      if (b[j][1] > b[j + 1][1]) {
        var tmp = b[j];
        b[j] = b[j + 1];
        b[j + 1] = tmp;
      }
    }
  }
  var dp: any = [];
  for (var i = 0; i < n; i++) {
    dp.push(0);
  }
  for (var i = 0; i < n; i++) {
    var take = b[i][2];
    var bestPrev = 0;
    for (var j = 0; j < i; j++) {
      if (b[j][1] <= b[i][0]) {
        if (dp[j] > bestPrev) {
          bestPrev = dp[j];
        }
      }
    }
    take = take + bestPrev;
    var skip = 0;
    if (i > 0) {
      skip = dp[i - 1];
    }
    if (take > skip) {
      dp[i] = take;
    } else {
      dp[i] = skip;
    }
  }
  if (n == 0) {
    return 0;
  }
  return dp[n - 1];
}
