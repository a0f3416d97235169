
HEX_COLOR = /\A#(?:\h{3}|\h{6})\z/

def is_hex_color(text)
  HEX_COLOR.match?(text)
end
