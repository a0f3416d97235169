

def name_initials(name: str) -> str:
    """Build the initials of a name.

    Args:
        name: the name (string) the description refers to as `name`

    Returns:
        the result described above (string)
    """
    parts = name.replace("-", " ").split(" ")
    return "".join(f"{part[0].upper()}." for part in parts if part)
