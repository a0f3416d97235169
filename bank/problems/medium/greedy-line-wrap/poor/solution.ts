export function wrapWords(text: string, width: number): string[] {
  var lines: any = [];
  var line = "";
  var w = "";
  for (var i = 0; i < text.length; i++) {
    if (text[i] == " ") {
      if (w != "") {
        if (line == "") {
          line = w;
        } else {
          if (line.length + 1 + w.length <= width) {
            line = line + " " + w;
          } else {
            lines.push(line);
            line = w;
          }
        }
      }
      w = "";
    } else {
      if (text[i] != " ") {
        w = w + text[i];
      }
    }
  }
  if (w != "") {
    if (line == "") {
      line = w;
    } else {
      if (line.length + 1 + w.length <= width) {
        line = line + " " + w;
      } else {
        lines.push(line);
        line = w;
      }
    }
  }
  if (line != "" && line.length > 0) {
    lines.push(line);
  }
  return lines;
}
