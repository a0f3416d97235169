require 'minitest/autorun'
require_relative 'solution'

class CoveredAtLeastTest < Minitest::Test
  def test_case_01
    assert_equal(4, covered_at_least([[1, 5], [2, 7], [6, 9]], 2))
  end

  def test_case_02
    assert_equal(8, covered_at_least([[1, 5], [2, 7], [6, 9]], 1))
  end

  def test_case_03
    assert_equal(0, covered_at_least([[1, 5], [2, 7], [6, 9]], 3))
  end

  def test_case_04
    assert_equal(0, covered_at_least([], 1))
  end

  def test_case_05
    assert_equal(0, covered_at_least([[0, 2], [2, 4]], 2))
  end

  def test_case_06
    assert_equal(4, covered_at_least([[0, 2], [2, 4]], 1))
  end

  def test_case_07
    assert_equal(5, covered_at_least([[3, 8], [3, 8], [3, 8]], 3))
  end

  def test_case_08
    assert_equal(2, covered_at_least([[-5, -1], [-3, 2]], 2))
  end

  def test_case_09
    assert_equal(6, covered_at_least([[0, 10], [2, 3], [4, 6], [5, 9]], 2))
  end

  def test_case_10
    assert_equal(1, covered_at_least([[0, 10], [2, 3], [4, 6], [5, 9]], 3))
  end

  def test_case_11
    assert_equal(0, covered_at_least([[0, 1]], 5))
  end

  def test_case_12
    assert_equal(24, covered_at_least([[21, 25], [13, 16], [24, 38], [17, 29], [17, 25], [13, 25], [3, 8], [30, 42], [18, 33], [25, 35], [20, 22], [3, 15], [2, 4], [-5, 1], [29, 41]], 3))
  end

  def test_case_13
    assert_equal(2561, covered_at_least([[1294, 1412], [1410, 1619], [3551, 3745], [3505, 3537], [4480, 5475], [1186, 1850], [2201, 2496], [2991, 3399], [78, 567], [4268, 4740], [2237, 3098], [2901, 3401], [1130, 1241], [1179, 1753], [1823, 2816], [2940, 3407], [3091, 3715], [4858, 4908], [4589, 4924], [2087, 3078]], 2))
  end
end
