require 'minitest/autorun'
require_relative 'solution'

class PairSumsTest < Minitest::Test
  def test_case_01
    assert_equal([3, 7], pair_sums([1, 2, 3, 4]))
  end

  def test_case_02
    assert_equal([30, 70, 50], pair_sums([10, 20, 30, 40, 50]))
  end

  def test_case_03
    assert_equal([], pair_sums([]))
  end

  def test_case_04
    assert_equal([5], pair_sums([5]))
  end

  def test_case_05
    assert_equal([3, 3], pair_sums([1, 2, 3]))
  end

  def test_case_06
    assert_equal([0], pair_sums([-1, 1]))
  end

  def test_case_07
    assert_equal([0, 0], pair_sums([0, 0, 0, 0]))
  end

  def test_case_08
    assert_equal([-11, 7], pair_sums([-5, -6, 7]))
  end

  def test_case_09
    assert_equal([0, 6, 10], pair_sums([100, -100, 3, 3, 9, 1]))
  end

  def test_case_10
    assert_equal([8000000000000], pair_sums([4000000000000, 4000000000000]))
  end

  def test_case_11
    assert_equal([4, 2], pair_sums([2, 2, 2]))
  end
end
