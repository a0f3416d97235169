
# The lowest score of each grade, best grade first.
THRESHOLDS = (("A", 90), ("B", 80), ("C", 70), ("D", 60), ("F", 0))


def _grade(score: int) -> str:
    if not 0 <= score <= 100:
        raise ValueError(f"score {score} is outside 0..100")
    return next(letter for letter, lowest in THRESHOLDS if score >= lowest)


def grade_buckets(scores: list[int]) -> dict[str, int]:
    counts = {letter: 0 for letter, _ in THRESHOLDS}
    for score in scores:
        counts[_grade(score)] += 1
    return counts
