

def alternating_digit_sum(number: int) -> int:
    """Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.

    Args:
        number: the number (int) the description refers to as `number`

    Returns:
        the result described above (int)
    """
    digits = [int(char) for char in str(abs(number))]
    return sum(digits[0::2]) - sum(digits[1::2])
