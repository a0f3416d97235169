require 'minitest/autorun'
require_relative 'solution'

class AssignRoomsTest < Minitest::Test
  def test_case_01
    assert_equal([0, 1, 1], assign_rooms([[0, 30], [5, 10], [15, 20]]))
  end

  def test_case_02
    assert_equal([], assign_rooms([]))
  end

  def test_case_03
    assert_equal([0, 0], assign_rooms([[1, 5], [5, 9]]))
  end

  def test_case_04
    assert_equal([0, 1, 2, 2, 1], assign_rooms([[0, 10], [0, 5], [0, 3], [4, 8], [6, 12]]))
  end

  def test_case_05
    assert_equal([0, 0, 0], assign_rooms([[10, 20], [0, 5], [5, 10]]))
  end

  def test_case_06
    assert_equal([0, 1, 2], assign_rooms([[2, 4], [2, 3], [2, 5]]))
  end

  def test_case_07
    assert_equal([0, 1, 2, 0], assign_rooms([[0, 4], [0, 2], [0, 3], [5, 6]]))
  end

  def test_case_08
    assert_equal([0, 1, 1], assign_rooms([[0, 10], [0, 2], [3, 4]]))
  end

  def test_case_09
    assert_equal([0, 1, 0], assign_rooms([[-5, -1], [-3, 0], [-1, 2]]))
  end

  def test_case_10
    assert_equal([4, 0, 1, 0, 2, 1, 3, 0, 1, 0, 1, 1, 2, 3], assign_rooms([[10, 15], [1, 9], [4, 5], [15, 21], [8, 16], [6, 12], [8, 15], [9, 13], [18, 19], [13, 15], [20, 25], [15, 17], [16, 22], [15, 21]]))
  end

  def test_case_11
    assert_equal([1, 1, 0, 0, 2, 3, 0, 2, 1, 1], assign_rooms([[5, 7], [2, 3], [0, 3], [6, 7], [6, 8], [6, 9], [4, 6], [5, 6], [4, 5], [0, 2]]))
  end
end
