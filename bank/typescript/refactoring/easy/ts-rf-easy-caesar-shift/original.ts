export function caesarShift(text: string, shift: number): string {
  var out: any = '';
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      var n = (code - 97 + shift) % 26;
      if (n < 0) {
        n = n + 26;
      }
      out = out + String.fromCharCode(n + 97);
    } else {
      if (code >= 65) {
        if (code <= 90) {
          var m = (code - 65 + shift) % 26;
          if (m < 0) {
            if (m < 0) {
              m = m + 26;
            }
          }
          out = out + String.fromCharCode(m + 65);
        } else {
          out = out + text[i];
        }
      } else {
        out = out + text[i];
      }
    }
  }
  return out;
}
