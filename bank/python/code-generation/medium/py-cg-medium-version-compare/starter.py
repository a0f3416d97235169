def compare_versions(a: str, b: str) -> int:
    raise NotImplementedError


def sort_versions(versions: list[str]) -> list[str]:
    raise NotImplementedError
