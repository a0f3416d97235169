# Split a single CSV line into fields, honouring double-quoted fields.

QUOTE = '"'
SEPARATOR = ','

# The quoted field opening at line[start]: its value and the index after its closing quote.
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
