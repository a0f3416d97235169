

def name_initials(name: str) -> str:
    parts = name.replace("-", " ").split(" ")
    return "".join(f"{part[0].upper()}." for part in parts if part)
