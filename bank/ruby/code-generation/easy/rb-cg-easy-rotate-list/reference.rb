# Rotate a list to the right (or left, for negative steps).

def rotate_list(values, steps)
  values.rotate(-steps)
end
