

def snake_to_camel(name: str) -> str:
    """Convert a snake_case name to camelCase.

    Args:
        name: the name (string) the description refers to as `name`

    Returns:
        the result described above (string)
    """
    pieces = [piece.lower() for piece in name.split("_") if piece]
    if not pieces:
        return ""
    return pieces[0] + "".join(piece[0].upper() + piece[1:] for piece in pieces[1:])
