export function customFizzLabels(n: number, divisors: number[], labels: string[]): string[] {
  if (n < 0) {
    throw new Error('n');
  }
  if (divisors.length != labels.length) {
    throw new Error('lengths');
  }
  for (var k = 0; k < divisors.length; k++) {
    if (divisors[k]! < 1) {
      throw new Error('divisor');
    }
  }
  var out: any = [];
  for (var i = 1; i <= n; i++) {
    var label: any = '';
    for (var j = 0; j < divisors.length; j++) {
      if (i % divisors[j]! == 0) {
        if (labels[j] != undefined) {
          label = label + labels[j];
        }
      }
    }
    if (label == '') {
      out.push('' + i);
    } else {
      out.push(label);
    }
  }
  return out;
}
