export function assignRooms(meetings: number[][]): number[] {
  var n = meetings.length;
  var m: any = meetings;
  var idx: any = [];
  for (var i = 0; i < n; i++) {
    idx.push(i);
  }
  // bubble sort by start, then index
  for (var a = 0; a < n; a++) {
    for (var b = 0; b < n - 1 - a; b++) {
      var x = idx[b];
      var y = idx[b + 1];
      if (m[x][0] > m[y][0] || (m[x][0] == m[y][0] && x > y)) {
        idx[b] = y;
        idx[b + 1] = x;
      }
    }
  }
  var roomEnd: any = [];
  var result: any = [];
  for (var i = 0; i < n; i++) {
    result.push(0);
  }
  for (var k = 0; k < n; k++) {
    var cur = idx[k];
    var placed = false;
    if (roomEnd.length > 0) {
      for (var r = 0; r < roomEnd.length; r++) {
        if (placed == false) {
          if (roomEnd[r] <= m[cur][0]) {
            if (r < roomEnd.length) {
              roomEnd[r] = m[cur][1];
              result[cur] = r;
              placed = true;
            }
          }
        }
      }
    }
    if (placed == false) {
      roomEnd.push(m[cur][1]);
      result[cur] = roomEnd.length - 1;
    }
  }
  return result;
}
