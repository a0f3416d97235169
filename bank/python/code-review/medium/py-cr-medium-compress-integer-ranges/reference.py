"""Write a set of integers as comma-separated values and "first..last" ranges."""

MIN_RANGE_LENGTH = 3


def _runs(values: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for value in sorted(set(values)):
        if runs and runs[-1][-1] == value - 1:
            runs[-1].append(value)
        else:
            runs.append([value])
    return runs


def _format_run(run: list[int]) -> list[str]:
    if len(run) >= MIN_RANGE_LENGTH:
        return [f"{run[0]}..{run[-1]}"]
    return [str(value) for value in run]


def compress_ranges(values: list[int]) -> str:
    return ",".join(entry for run in _runs(values) for entry in _format_run(run))
