require 'minitest/autorun'
require_relative 'solution'

class RunLengthListTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 2], [2, 1], [3, 3]], run_length_list([1, 1, 2, 3, 3, 3]))
  end

  def test_case_02
    assert_equal([[2, 3], [3, 1], [2, 2]], run_length_list([2, 2, 2, 3, 2, 2]))
  end

  def test_case_03
    assert_equal([], run_length_list([]))
  end

  def test_case_04
    assert_equal([[5, 1]], run_length_list([5]))
  end

  def test_case_05
    assert_equal([[7, 4]], run_length_list([7, 7, 7, 7]))
  end

  def test_case_06
    assert_equal([[1, 1], [2, 1], [1, 1], [2, 1]], run_length_list([1, 2, 1, 2]))
  end

  def test_case_07
    assert_equal([[0, 2], [-1, 2], [0, 1]], run_length_list([0, 0, -1, -1, 0]))
  end

  def test_case_08
    assert_equal([[4, 2], [5, 1]], run_length_list([4, 4, 5]))
  end

  def test_case_09
    assert_equal([[9, 1], [8, 2]], run_length_list([9, 8, 8]))
  end

  def test_case_10
    assert_equal([[-3, 1]], run_length_list([-3]))
  end

  def test_case_11
    assert_equal([[1000000000000, 2]], run_length_list([1000000000000, 1000000000000]))
  end
end
