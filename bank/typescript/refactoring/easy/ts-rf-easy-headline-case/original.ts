export function headlineCase(title: string): string {
  if (title == '') {
    return '';
  }
  var words: any = title.split(' ');
  var out: any = [];
  for (var i = 0; i < words.length; i++) {
    var w = words[i].toLowerCase();
    if (i != 0) {
      if (i != words.length - 1) {
        if (w == 'a' || w == 'an' || w == 'and' || w == 'the' || w == 'of' || w == 'in' || w == 'on' || w == 'or' || w == 'to') {
          out.push(w);
        } else {
          out.push(w.substring(0, 1).toUpperCase() + w.substring(1));
        }
      } else {
        out.push(w.substring(0, 1).toUpperCase() + w.substring(1));
      }
    } else {
      out.push(w.substring(0, 1).toUpperCase() + w.substring(1));
    }
  }
  return out.join(' ');
}
