require 'minitest/autorun'
require_relative 'solution'

class RingSumsTest < Minitest::Test
  def test_case_01
    assert_equal([40, 5], ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
  end

  def test_case_02
    assert_equal([12, 8], ring_sums([[1, 1, 1, 1], [1, 2, 2, 1], [1, 2, 2, 1], [1, 1, 1, 1]]))
  end

  def test_case_03
    assert_equal([], ring_sums([]))
  end

  def test_case_04
    assert_equal([], ring_sums([[]]))
  end

  def test_case_05
    assert_equal([7], ring_sums([[7]]))
  end

  def test_case_06
    assert_equal([10], ring_sums([[1, 2, 3, 4]]))
  end

  def test_case_07
    assert_equal([6], ring_sums([[1], [2], [3]]))
  end

  def test_case_08
    assert_equal([10], ring_sums([[1, 2], [3, 4]]))
  end

  def test_case_09
    assert_equal([96, 24], ring_sums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]))
  end

  def test_case_10
    assert_equal([96, 24], ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]]))
  end

  def test_case_11
    assert_equal([208, 104, 13], ring_sums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]))
  end

  def test_case_12
    assert_equal([6], ring_sums([[-1, -1], [-1, -1], [5, 5]]))
  end

  def test_case_13
    assert_equal([0, 36], ring_sums([[0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 0], [0, 5, 6, 7, 8, 0], [0, 0, 0, 0, 0, 0]]))
  end
end
