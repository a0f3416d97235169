require 'minitest/autorun'
require_relative 'solution'

class SortDirectionTest < Minitest::Test
  def test_case_01
    assert_equal("ascending", sort_direction([1, 2, 2, 5]))
  end

  def test_case_02
    assert_equal("descending", sort_direction([9, 4, 4, 1]))
  end

  def test_case_03
    assert_equal("constant", sort_direction([]))
  end

  def test_case_04
    assert_equal("constant", sort_direction([3]))
  end

  def test_case_05
    assert_equal("constant", sort_direction([7, 7, 7]))
  end

  def test_case_06
    assert_equal("mixed", sort_direction([1, 3, 2]))
  end

  def test_case_07
    assert_equal("ascending", sort_direction([1, 1, 2]))
  end

  def test_case_08
    assert_equal("descending", sort_direction([2, 1, 1]))
  end

  def test_case_09
    assert_equal("mixed", sort_direction([5, 5, 4, 5]))
  end

  def test_case_10
    assert_equal("ascending", sort_direction([-10, 0, 10]))
  end

  def test_case_11
    assert_equal("mixed", sort_direction([1, 2, 1, 2]))
  end

  def test_case_12
    assert_equal("descending", sort_direction([0, -1]))
  end
end
