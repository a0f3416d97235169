export function splitCsvLine(line: string): string[] {
  var result: any = [];
  var i = 0;
  var n = line.length;
  while (true) {
    if (i < n && line[i] == '"') {
      i = i + 1;
      var val = "";
      var closed = false;
      while (i < n) {
        if (line[i] == '"') {
          if (i + 1 < n) {
            if (line[i + 1] == '"') {
              val = val + '"';
              i = i + 2;
              continue;
            } else {
              closed = true;
              i = i + 1;
              break;
            }
          } else {
            closed = true;
            i = i + 1;
            break;
          }
        } else {
          val = val + line[i];
          i = i + 1;
        }
      }
      if (closed == false) {
        throw new Error("not closed");
      }
      if (i < n) {
        if (line[i] != ",") {
          throw new Error("junk after quote");
        }
      }
      result.push(val);
      if (i >= n) {
        break;
      }
      i = i + 1;
    } else {
      var val = "";
      while (i < n) {
        if (line[i] == ",") {
          break;
        }
        val = val + line[i];
        i = i + 1;
      }
      result.push(val);
      if (i >= n) {
        break;
      }
      i = i + 1;
    }
  }
  return result;
}
