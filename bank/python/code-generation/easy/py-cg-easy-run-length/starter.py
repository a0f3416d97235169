def encode(text: str) -> str:
    raise NotImplementedError
