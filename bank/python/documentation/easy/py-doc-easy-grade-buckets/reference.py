
# The lowest score of each grade, best grade first.
THRESHOLDS = (("A", 90), ("B", 80), ("C", 70), ("D", 60), ("F", 0))


def _grade(score: int) -> str:
    if not 0 <= score <= 100:
        raise ValueError(f"score {score} is outside 0..100")
    return next(letter for letter, lowest in THRESHOLDS if score >= lowest)


def grade_buckets(scores: list[int]) -> dict[str, int]:
    """Count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).

    Args:
        scores: the scores (list of int) the description refers to as `scores`

    Returns:
        the result described above (map of int)
    """
    counts = {letter: 0 for letter, _ in THRESHOLDS}
    for score in scores:
        counts[_grade(score)] += 1
    return counts
