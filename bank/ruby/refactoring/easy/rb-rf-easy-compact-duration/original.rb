def compact_duration(seconds)
  if seconds < 0
    raise ArgumentError, "negative"
  end
  if seconds == 0
    return "0s"
  end
  s = seconds
  out = ""
  d = s / 86400
  s = s - d * 86400
  if d > 0
    if out != ""
      out = out + " "
    end
    out = out + d.to_s + "d"
  end
  h = s / 3600
  s = s - h * 3600
  if h > 0
    if out != ""
      out = out + " "
    end
    out = out + h.to_s + "h"
  end
  m = s / 60
  s = s - m * 60
  if m > 0
    if out != ""
      out = out + " "
    end
    out = out + m.to_s + "m"
  end
  if s > 0
    if out != ""
      out = out + " "
    end
    out = out + s.to_s + "s"
  end
  return out
end
