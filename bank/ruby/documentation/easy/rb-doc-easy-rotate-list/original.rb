
def rotate_list(values, steps)
  values.rotate(-steps)
end
