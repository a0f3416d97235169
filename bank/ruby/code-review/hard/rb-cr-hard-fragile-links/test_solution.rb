require 'minitest/autorun'
require_relative 'solution'

class FragileLinksTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 3]], fragile_links(4, [[0, 1], [1, 2], [2, 0], [1, 3]]))
  end

  def test_case_02
    assert_equal([], fragile_links(3, []))
  end

  def test_case_03
    assert_equal([[0, 1], [1, 2], [2, 3]], fragile_links(4, [[0, 1], [1, 2], [2, 3]]))
  end

  def test_case_04
    assert_equal([], fragile_links(2, [[0, 1], [1, 0]]))
  end

  def test_case_05
    assert_equal([[0, 1]], fragile_links(2, [[0, 0], [0, 1]]))
  end

  def test_case_06
    assert_equal([[2, 3]], fragile_links(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]))
  end

  def test_case_07
    assert_equal([[0, 1], [3, 4]], fragile_links(5, [[4, 3], [1, 0]]))
  end

  def test_case_08
    assert_equal([[0, 1], [1, 2]], fragile_links(3, [[2, 1], [1, 0]]))
  end

  def test_case_09
    assert_equal([[0, 1], [0, 2], [0, 3], [0, 4]], fragile_links(5, [[0, 1], [0, 2], [0, 3], [0, 4]]))
  end

  def test_case_10
    assert_equal([], fragile_links(0, []))
  end

  def test_case_11
    assert_equal([], fragile_links(7, [[0, 1], [1, 2], [2, 3], [3, 1], [3, 4], [4, 5], [5, 6], [6, 4], [0, 6]]))
  end

  def test_case_12
    assert_equal([[1, 6], [5, 7]], fragile_links(10, [[1, 7], [7, 5], [8, 8], [8, 1], [4, 4], [0, 1], [9, 0], [1, 8], [7, 9], [1, 6], [9, 7], [9, 7]]))
  end

  def test_case_13
    assert_equal([[0, 1], [1, 2], [5, 6], [6, 7], [9, 10], [10, 11]], fragile_links(12, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 10], [10, 11], [2, 5], [7, 9], [9, 7]]))
  end
end
