
# Encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (list of list of int)
def run_length_list(values)
  values.chunk_while { |previous, value| previous == value }.map { |run| [run.first, run.size] }
end
