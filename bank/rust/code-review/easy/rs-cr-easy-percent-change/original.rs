//! The change between two values as a percentage of the first one's size.

pub fn percent_change(old: f64, new: f64) -> Result<f64, String> {
    if old == 0.0 {
        return Err("old must not be zero".to_string());
    }
    Ok((new + old) / old.abs() * 100.0)
}
