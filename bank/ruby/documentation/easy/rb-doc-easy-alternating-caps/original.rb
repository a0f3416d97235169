
def alternating_caps(text)
  upper_next = true
  text.gsub(/[A-Za-z]/) do |letter|
    replaced = upper_next ? letter.upcase : letter.downcase
    upper_next = !upper_next
    replaced
  end
end
