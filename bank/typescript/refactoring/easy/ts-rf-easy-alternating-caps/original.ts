export function alternatingCaps(text: string): string {
  var result: any = '';
  var flag = 1;
  for (var i = 0; i < text.length; i++) {
    var c = text[i]!;
    var code = c.charCodeAt(0);
    if (code >= 65) {
      if (code <= 90) {
        if (flag == 1) {
          result = result + c;
          flag = 0;
        } else {
          result = result + String.fromCharCode(code + 32);
          flag = 1;
        }
      } else {
        if (code >= 97) {
          if (code <= 122) {
            if (flag == 1) {
              result = result + String.fromCharCode(code - 32);
              flag = 0;
            } else {
              result = result + c;
              flag = 1;
            }
          } else {
            result = result + c;
          }
        } else {
          result = result + c;
        }
      }
    } else {
      result = result + c;
    }
  }
  return result;
}
