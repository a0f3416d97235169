require 'minitest/autorun'
require_relative 'solution'

class ChunkListTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 2, 3], [4, 5, 6], [7]], chunk_list([1, 2, 3, 4, 5, 6, 7], 3))
  end

  def test_case_02
    assert_equal([[1, 2], [3, 4]], chunk_list([1, 2, 3, 4], 2))
  end

  def test_case_03
    assert_equal([], chunk_list([], 3))
  end

  def test_case_04
    assert_equal([[5]], chunk_list([5], 1))
  end

  def test_case_05
    assert_equal([[1, 2, 3]], chunk_list([1, 2, 3], 5))
  end

  def test_case_06
    assert_equal([[1, 2, 3]], chunk_list([1, 2, 3], 3))
  end

  def test_case_07
    assert_equal([[1], [2], [3]], chunk_list([1, 2, 3], 1))
  end

  def test_case_08
    assert_equal([[-1, 0, 1], [2]], chunk_list([-1, 0, 1, 2], 3))
  end

  def test_case_09
    assert_equal([], chunk_list([], 1))
  end

  def test_case_10
    assert_equal([[9, 9], [9, 9], [9]], chunk_list([9, 9, 9, 9, 9], 2))
  end

  def test_case_11
    assert_raises(ArgumentError) { chunk_list([1, 2], 0) }
  end

  def test_case_12
    assert_raises(ArgumentError) { chunk_list([], -2) }
  end

  def test_case_13
    assert_raises(ArgumentError) { chunk_list([1], -1) }
  end
end
