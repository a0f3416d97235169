def parse_csv(text: str, delimiter: str = ",") -> list[list[str]]:
    raise NotImplementedError
