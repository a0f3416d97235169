require 'minitest/autorun'
require_relative 'solution'

class FreeSlotsTest < Minitest::Test
  def test_case_01
    assert_equal([[8, 9], [10, 12], [13, 17]], free_slots([[9, 10], [12, 13]], 8, 17, 1))
  end

  def test_case_02
    assert_equal([[0, 2], [6, 10]], free_slots([[2, 4], [3, 6]], 0, 10, 2))
  end

  def test_case_03
    assert_equal([[0, 10]], free_slots([], 0, 10, 1))
  end

  def test_case_04
    assert_equal([], free_slots([], 0, 10, 11))
  end

  def test_case_05
    assert_equal([], free_slots([[0, 5], [5, 10]], 0, 10, 1))
  end

  def test_case_06
    assert_equal([[0, 1], [2, 5], [6, 8]], free_slots([[5, 6], [1, 2]], 0, 8, 1))
  end

  def test_case_07
    assert_equal([[3, 7]], free_slots([[-5, 3], [7, 20]], 0, 10, 1))
  end

  def test_case_08
    assert_equal([[2, 4]], free_slots([[1, 2], [4, 5]], 0, 6, 2))
  end

  def test_case_09
    assert_equal([[0, 10]], free_slots([[20, 30]], 0, 10, 1))
  end

  def test_case_10
    assert_equal([], free_slots([[0, 10]], 2, 8, 1))
  end

  def test_case_11
    assert_equal([[0, 1], [9, 10]], free_slots([[1, 9], [2, 3]], 0, 10, 1))
  end

  def test_case_12
    assert_equal([[4, 6]], free_slots([[3, 4], [3, 4], [6, 7]], 3, 7, 1))
  end

  def test_case_13
    assert_equal([[130, 150], [160, 180]], free_slots([[100, 130], [60, 90], [150, 160], [85, 100]], 60, 180, 15))
  end
end
