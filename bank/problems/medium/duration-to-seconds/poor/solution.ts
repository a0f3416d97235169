export function durationToSeconds(text: string): number {
  if (text == null || text.length == 0) {
    throw new Error("bad");
  }
  var total = 0;
  var num = "";
  var last = -1;
  for (var i = 0; i < text.length; i++) {
    var c: any = text[i];
    if (c >= "0" && c <= "9") {
      num = num + c;
    } else {
      if (c == "d") {
        if (num == "") {
          throw new Error("bad");
        }
        if (last >= 0) {
          throw new Error("bad");
        }
        total = total + parseInt(num, 10) * 86400;
        last = 0;
        num = "";
      } else if (c == "h") {
        if (num == "") {
          throw new Error("bad");
        }
        if (last >= 1) {
          throw new Error("bad");
        }
        total = total + parseInt(num, 10) * 3600;
        last = 1;
        num = "";
      } else if (c == "m") {
        if (num == "") {
          throw new Error("bad");
        }
        if (last >= 2) {
          throw new Error("bad");
        }
        total = total + parseInt(num, 10) * 60;
        last = 2;
        num = "";
      } else if (c == "s") {
        if (num == "") {
          throw new Error("bad");
        }
        if (last >= 3) {
          throw new Error("bad");
        }
        total = total + parseInt(num, 10) * 1;
        last = 3;
        num = "";
      } else {
        throw new Error("bad");
      }
    }
  }
  if (num != "") {
    throw new Error("bad");
  }
  return total;
}
