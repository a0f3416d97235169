export function histogramBins(values: number[], width: number): number[] {
  if (width < 1) {
    throw new Error('width');
  }
  var max = -1;
  for (var i = 0; i < values.length; i++) {
    if (values[i]! < 0) {
      throw new Error('negative');
    } else {
      if (values[i]! > max) {
        max = values[i]!;
      }
    }
  }
  if (values.length == 0) {
    return [];
  }
  var bins: any = [];
  for (var b = 0; b <= Math.floor(max / width); b++) {
    bins.push(0);
  }
  for (var j = 0; j < values.length; j++) {
    var idx = Math.floor(values[j]! / width);
    bins[idx] = bins[idx] + 1;
  }
  return bins;
}
