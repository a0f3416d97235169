export function sortByAlphabet(words: string[], alphabet: string): string[] {
  for (var i = 0; i < alphabet.length; i++) {
    for (var j = 0; j < alphabet.length; j++) {
      if (i != j && alphabet[i] == alphabet[j]) {
        throw new Error("dup");
      }
    }
  }
  var res: any = [];
  for (var i = 0; i < words.length; i++) {
    res.push(words[i]);
  }
  var n = res.length;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n - 1; j++) {
      var a = res[j];
      var b = res[j + 1];
      var swap = false;
      var k = 0;
      var decided = false;
      while (k < a.length && k < b.length) {
        var ra = -1;
        for (var p = 0; p < alphabet.length; p++) {
          if (alphabet[p] == a[k]) {
            ra = p;
          }
        }
        if (ra == -1) {
          ra = 100000 + a.charCodeAt(k);
        }
        var rb = -1;
        for (var p = 0; p < alphabet.length; p++) {
          if (alphabet[p] == b[k]) {
            rb = p;
          }
        }
        if (rb == -1) {
          rb = 100000 + b.charCodeAt(k);
        }
        if (ra != rb) {
          if (ra > rb) {
            swap = true;
          }
          decided = true;
          break;
        }
        k = k + 1;
      }
      if (decided == false) {
        if (a.length > b.length) {
          swap = true;
        }
      }
      if (swap) {
        res[j] = b;
        res[j + 1] = a;
      }
    }
  }
  return res;
}
