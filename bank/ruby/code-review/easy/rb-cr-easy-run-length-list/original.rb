# Run-length encoding of a list of integers.

def run_length_list(values)
  values.chunk_while { |previous, value| previous != value }.map { |run| [run.first, run.size] }
end
