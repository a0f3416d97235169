

def alternating_digit_sum(number: int) -> int:
    digits = [int(char) for char in str(abs(number))]
    return sum(digits[0::2]) - sum(digits[1::2])
