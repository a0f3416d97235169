import unittest

from solution import max_booking_value


class MaxBookingValueTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(max_booking_value([[1, 3, 50], [3, 5, 20], [6, 19, 100], [2, 100, 200]]), 200)


if __name__ == '__main__':
    unittest.main()
