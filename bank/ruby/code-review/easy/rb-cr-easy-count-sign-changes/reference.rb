# Count the sign changes along a list, skipping zeros.

def count_sign_changes(values)
  values.reject(&:zero?).each_cons(2).count { |left, right| left.positive? != right.positive? }
end
