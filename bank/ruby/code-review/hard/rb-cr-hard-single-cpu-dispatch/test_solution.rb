require 'minitest/autorun'
require_relative 'solution'

class DispatchJobsTest < Minitest::Test
  def test_case_01
    assert_equal([[0, 0, 3], [2, 3, 4], [1, 4, 6]], dispatch_jobs([[0, 3, 1], [1, 2, 5], [2, 1, 9]]))
  end

  def test_case_02
    assert_equal([], dispatch_jobs([]))
  end

  def test_case_03
    assert_equal([[0, 5, 7]], dispatch_jobs([[5, 2, 1]]))
  end

  def test_case_04
    assert_equal([[0, 0, 1], [1, 1, 2], [2, 2, 3]], dispatch_jobs([[0, 1, 1], [0, 1, 1], [0, 1, 1]]))
  end

  def test_case_05
    assert_equal([[1, 0, 5], [2, 5, 6], [0, 6, 7]], dispatch_jobs([[2, 1, 3], [0, 5, 0], [1, 1, 3]]))
  end

  def test_case_06
    assert_equal([[2, 3, 4], [1, 10, 12], [0, 12, 14]], dispatch_jobs([[10, 2, 1], [10, 2, 4], [3, 1, 0]]))
  end

  def test_case_07
    assert_equal([[0, 0, 2], [1, 2, 3], [2, 3, 4]], dispatch_jobs([[0, 2, 0], [2, 1, 5], [3, 1, 9]]))
  end

  def test_case_08
    assert_equal([[1, 0, 1], [0, 1, 2]], dispatch_jobs([[0, 1, -5], [0, 1, -1]]))
  end

  def test_case_09
    assert_equal([[1, 0, 6], [2, 6, 7], [0, 7, 9], [3, 9, 12], [4, 20, 21]], dispatch_jobs([[4, 2, 2], [0, 6, 1], [1, 1, 7], [4, 3, 2], [20, 1, 0]]))
  end

  def test_case_10
    assert_equal([[0, 1, 3], [7, 4, 8], [6, 8, 10], [3, 10, 12], [4, 12, 16], [8, 16, 21], [5, 21, 25], [1, 25, 29], [2, 29, 31], [9, 31, 32]], dispatch_jobs([[1, 2, 1], [23, 4, 2], [25, 2, 2], [10, 2, 2], [11, 4, 3], [17, 4, 2], [6, 2, 3], [4, 4, 0], [11, 5, 3], [25, 1, 1]]))
  end

  def test_case_11
    assert_equal([[3, 0, 3], [8, 3, 6], [10, 6, 7], [5, 7, 9], [0, 9, 11], [11, 11, 12], [9, 12, 15], [1, 15, 18], [6, 18, 21], [2, 21, 24], [4, 24, 27], [7, 27, 28]], dispatch_jobs([[1, 2, 0], [8, 3, 0], [2, 3, -2], [0, 3, -1], [4, 3, -2], [6, 2, 2], [8, 3, -1], [8, 1, -2], [2, 3, 1], [5, 3, 0], [4, 1, 2], [3, 1, 0]]))
  end
end
