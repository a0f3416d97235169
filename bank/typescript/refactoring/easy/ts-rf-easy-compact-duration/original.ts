export function compactDuration(seconds: number): string {
  if (seconds < 0) {
    throw new Error('negative');
  }
  var s: any = '';
  var d = Math.floor(seconds / 86400);
  var h = Math.floor((seconds - d * 86400) / 3600);
  var m = Math.floor((seconds - d * 86400 - h * 3600) / 60);
  var x = seconds - d * 86400 - h * 3600 - m * 60;
  if (d > 0) {
    s = s + d + 'd';
  }
  if (h > 0) {
    if (s != '') {
      s = s + ' ';
    }
    s = s + h + 'h';
  }
  if (m > 0) {
    if (s != '') {
      s = s + ' ';
    }
    s = s + m + 'm';
  }
  if (x > 0) {
    if (s != '') {
      s = s + ' ';
    }
    s = s + x + 's';
  }
  if (s == '') {
    s = '0s';
  }
  return s;
}
