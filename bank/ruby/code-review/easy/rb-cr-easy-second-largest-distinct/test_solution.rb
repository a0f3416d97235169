require 'minitest/autorun'
require_relative 'solution'

class SecondLargestDistinctTest < Minitest::Test
  def test_case_01
    assert_equal(7, second_largest_distinct([4, 1, 9, 7]))
  end

  def test_case_02
    assert_equal(8, second_largest_distinct([9, 9, 8, 8]))
  end

  def test_case_03
    assert_nil(second_largest_distinct([]))
  end

  def test_case_04
    assert_nil(second_largest_distinct([8]))
  end

  def test_case_05
    assert_nil(second_largest_distinct([2, 2, 2]))
  end

  def test_case_06
    assert_equal(3, second_largest_distinct([5, 5, 3]))
  end

  def test_case_07
    assert_equal(-3, second_largest_distinct([-1, -5, -3]))
  end

  def test_case_08
    assert_equal(1, second_largest_distinct([1, 2]))
  end

  def test_case_09
    assert_equal(2, second_largest_distinct([3, 1, 3, 2]))
  end

  def test_case_10
    assert_equal(-9007199254740991, second_largest_distinct([0, -9007199254740991]))
  end

  def test_case_11
    assert_equal(9, second_largest_distinct([10, 10, 10, 9]))
  end
end
