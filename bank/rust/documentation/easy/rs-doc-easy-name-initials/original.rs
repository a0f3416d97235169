
pub fn name_initials(name: &str) -> String {
    name.split(|ch| ch == ' ' || ch == '-')
        .filter_map(|part| part.chars().next())
        .flat_map(|first| first.to_uppercase().chain(std::iter::once('.')))
        .collect()
}
