
from bisect import bisect_right


def max_booking_value(bookings: list[list[int]]) -> int:
    """bookings[i] = [start, end, value] describes a half-open time interval [start, end) with start < end and a value of at least 0.

    Args:
        bookings: the bookings (list of list of int) the description refers to as `bookings`

    Returns:
        the result described above (int)
    """
    ordered = sorted(bookings, key=lambda booking: booking[1])
    ends = [end for _, end, _ in ordered]
    best = [0] * (len(ordered) + 1)  # best[i]: optimum over the first i bookings by end
    for i, (start, _, value) in enumerate(ordered):
        compatible = bisect_right(ends, start, 0, i)
        best[i + 1] = max(best[i], best[compatible] + value)
    return best[-1]
