pub fn compact_duration(seconds: i64) -> Result<String, String> {
    if seconds < 0 {
        return Err(String::from("negative"));
    }
    let mut s = seconds;
    let mut out = String::new();
    let d = s / 86400;
    s = s - d * 86400;
    let h = s / 3600;
    s = s - h * 3600;
    let m = s / 60;
    s = s - m * 60;
    if d > 0 {
        out = out + &d.to_string() + "d";
    }
    if h > 0 {
        if out.len() > 0 {
            out = out + " ";
        }
        out = out + &h.to_string() + "h";
    }
    if m > 0 {
        if out.len() > 0 {
            out = out + " ";
        }
        out = out + &m.to_string() + "m";
    }
    if s > 0 {
        if out.len() > 0 {
            out = out + " ";
        }
        out = out + &s.to_string() + "s";
    }
    if out.len() == 0 {
        out = String::from("0s");
    }
    return Ok(out.clone());
}
