
QUOTE = '"'
SEPARATOR = ','

# Helper for split a csv line.
#
# @param line [Object] the line (string) the description refers to as `line`
# @param start [Object] the start to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a quoted field is not closed, or its closing quote is followed by something other than a comma or the end
def read_quoted(line, start)
  parts = []
  position = start + 1
  loop do
    closing = line.index(QUOTE, position)
    raise ArgumentError, 'unterminated quoted field' if closing.nil?

    parts << line[position...closing]
    return [parts.join(QUOTE), closing + 1] unless line[closing, 2] == QUOTE * 2

    position = closing + 2
  end
end

# Helper for split a csv line.
#
# @param line [Object] the line (string) the description refers to as `line`
# @param start [Object] the start to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a quoted field is not closed, or its closing quote is followed by something other than a comma or the end
def read_field(line, start)
  if line[start] == QUOTE
    value, finish = read_quoted(line, start)
    if finish < line.size && line[finish] != SEPARATOR
      raise ArgumentError, "unexpected character after closing quote at #{finish}"
    end

    return [value, finish]
  end
  finish = line.index(SEPARATOR, start) || line.size
  [line[start...finish], finish]
end

# Split one line of comma-separated values into its fields.
#
# @param line [Object] the line (string) the description refers to as `line`
# @return [Object] the result described above (list of string)
def split_csv_line(line)
  fields = []
  position = 0
  loop do
    value, position = read_field(line, position)
    fields << value
    return fields if position >= line.size

    position += 1
  end
end
