export function firstBadBracket(text: string): number {
  var stack: any = [];
  var pos: any = [];
  var chars: any = Array.from(text);
  for (var i = 0; i < chars.length; i++) {
    var c = chars[i];
    if (c == "(" || c == "[" || c == "{") {
      stack.push(c);
      pos.push(i);
    } else {
      if (c == ")") {
        if (stack.length == 0) {
          return i;
        } else {
          if (stack[stack.length - 1] == "(") {
            stack.pop();
            pos.pop();
          } else {
            return i;
          }
        }
      }
      if (c == "]") {
        if (stack.length == 0) {
          return i;
        } else {
          if (stack[stack.length - 1] == "[") {
            stack.pop();
            pos.pop();
          } else {
            return i;
          }
        }
      }
      if (c == "}") {
        if (stack.length == 0) {
          return i;
        } else {
          if (stack[stack.length - 1] == "{") {
            stack.pop();
            pos.pop();
          } else {
            return i;
          }
        }
      }
    }
  }
  if (pos.length > 0) {
    var smallest = pos[0];
    for (var j = 0; j < pos.length; j++) {
      if (pos[j] < smallest) {
        smallest = pos[j];
      }
    }
    return smallest;
  }
  return -1;
}
