# Alternate the case of the letters of a text.

def alternating_caps(text)
  upper_next = false
  text.gsub(/[A-Za-z]/) do |letter|
    replaced = upper_next ? letter.upcase : letter.downcase
    upper_next = !upper_next
    replaced
  end
end
