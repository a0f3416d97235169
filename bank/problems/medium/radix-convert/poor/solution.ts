export function convertBase(number: string, fromBase: number, toBase: number): string {
  if (fromBase < 2 || fromBase > 36) {
    throw new Error("bad base");
  }
  if (toBase < 2 || toBase > 36) {
    throw new Error("bad base");
  }
  var neg = false;
  var s = number;
  if (s.length > 0 && s[0] == "-") {
    neg = true;
    s = s.substring(1);
  }
  if (s.length == 0) {
    throw new Error("empty");
  }
  var val = 0;
  for (var i = 0; i < s.length; i++) {
    var c: any = s[i];
    var d = -1;
    if (c >= "0" && c <= "9") {
      d = s.charCodeAt(i) - 48;
    } else if (c >= "a" && c <= "z") {
      d = s.charCodeAt(i) - 97 + 10;
    } else if (c >= "A" && c <= "Z") {
      d = s.charCodeAt(i) - 65 + 10;
    }
    if (d == -1) {
      throw new Error("bad digit");
    }
    if (d >= fromBase) {
      throw new Error("bad digit");
    }
    val = val * fromBase + d;
  }
  if (val == 0) {
    return "0";
  }
  var out = "";
  while (val > 0) {
    var r = val % toBase;
    if (r < 10) {
      out = String.fromCharCode(48 + r) + out;
    } else {
      out = String.fromCharCode(97 + r - 10) + out;
    }
    val = Math.floor(val / toBase);
  }
  if (neg == true) {
    out = "-" + out;
  }
  return out;
}
