export function runPostfix(tokens: string[]): number {
  var s: any = [];
  for (var i = 0; i < tokens.length; i++) {
    var t: any = tokens[i];
    if (t == "+") {
      if (s.length < 2) {
        throw new Error("underflow");
      }
      var b = s.pop();
      var a = s.pop();
      s.push(a + b);
    } else if (t == "-") {
      if (s.length < 2) {
        throw new Error("underflow");
      }
      var b = s.pop();
      var a = s.pop();
      s.push(a - b);
    } else if (t == "*") {
      if (s.length < 2) {
        throw new Error("underflow");
      }
      var b = s.pop();
      var a = s.pop();
      s.push(a * b);
    } else if (t == "/") {
      if (s.length < 2) {
        throw new Error("underflow");
      }
      var b = s.pop();
      var a = s.pop();
      if (b == 0) {
        throw new Error("div by zero");
      }
      var q = Math.floor(Math.abs(a) / Math.abs(b));
      if (a < 0 && b > 0) {
        q = -q;
      } else if (a > 0 && b < 0) {
        q = -q;
      }
      s.push(q);
    } else if (t == "dup") {
      if (s.length < 1) {
        throw new Error("underflow");
      }
      s.push(s[s.length - 1]);
    } else if (t == "swap") {
      if (s.length < 2) {
        throw new Error("underflow");
      }
      var tmp = s[s.length - 1];
      s[s.length - 1] = s[s.length - 2];
      s[s.length - 2] = tmp;
    } else if (t == "drop") {
      if (s.length < 1) {
        throw new Error("underflow");
      }
      s.pop();
    } else {
      var ok = true;
      var start = 0;
      if (t.length > 0 && t[0] == "-") {
        start = 1;
      }
      if (start >= t.length) {
        ok = false;
      }
      for (var j = start; j < t.length; j++) {
        if (!(t[j] >= "0" && t[j] <= "9")) {
          ok = false;
        }
      }
      if (ok == false) {
        throw new Error("unknown token");
      }
      s.push(parseInt(t, 10));
    }
  }
  if (s.length != 1) {
    throw new Error("bad end");
  }
  return s[0] + 0;
}
