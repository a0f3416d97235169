def password_rule_failures(password)
  result = []
  if password.length < 8
    result.push("length")
  end
  found = false
  for i in 0...password.length
    if password[i] != nil
      if password[i].ord >= 65
        if password[i].ord <= 90
          if found == false
            found = true
          end
        end
      end
    end
  end
  if found == false
    result.push("upper")
  end
  found = false
  for i in 0...password.length
    if password[i] != nil
      if password[i].ord >= 97
        if password[i].ord <= 122
          if found == false
            found = true
          end
        end
      end
    end
  end
  if found == false
    result.push("lower")
  end
  found = false
  for i in 0...password.length
    if password[i] != nil
      if password[i].ord >= 48
        if password[i].ord <= 57
          if found == false
            found = true
          end
        end
      end
    end
  end
  if found == false
    result.push("digit")
  end
  found = false
  for i in 0...password.length
    if password[i].ord == 32
      found = true
    end
  end
  if found == true
    result.push("space")
  end
  return result
end
