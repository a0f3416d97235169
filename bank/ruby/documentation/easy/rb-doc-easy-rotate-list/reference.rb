
# Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param steps [Object] the steps (int) the description refers to as `steps`
# @return [Object] the result described above (list of int)
def rotate_list(values, steps)
  values.rotate(-steps)
end
