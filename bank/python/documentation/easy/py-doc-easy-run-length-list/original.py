
from itertools import groupby


def run_length_list(values: list[int]) -> list[list[int]]:
    return [[value, len(list(run))] for value, run in groupby(values)]
