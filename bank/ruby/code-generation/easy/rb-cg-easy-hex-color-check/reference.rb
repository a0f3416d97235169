# Check that a text is a colour code such as "#fff" or "#1a2B3c".

HEX_COLOR = /\A#(?:\h{3}|\h{6})\z/

def is_hex_color(text)
  HEX_COLOR.match?(text)
end
