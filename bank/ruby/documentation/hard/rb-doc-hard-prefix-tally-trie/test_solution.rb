require 'minitest/autorun'
require_relative 'solution'

class PrefixTallyTest < Minitest::Test
  def test_case_01
    assert_equal([3, 2, 2, 0], prefix_tally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]))
  end

  def test_case_02
    assert_equal([3, 2, 2, 2, 1, 1], prefix_tally(["add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a"]))
  end

  def test_case_03
    assert_equal([1], prefix_tally(["del x", "add x", "del y", "count x"]))
  end

  def test_case_04
    assert_equal([0, 1], prefix_tally(["add go", "count gopher", "count g"]))
  end

  def test_case_05
    assert_equal([], prefix_tally([]))
  end

  def test_case_06
    assert_equal([1, 1], prefix_tally(["add apple", "del app", "count app", "distinct apple"]))
  end

  def test_case_07
    assert_equal([0, 2, 1], prefix_tally(["add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea"]))
  end

  def test_case_08
    assert_equal([3, 2, 1, 1], prefix_tally(["add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner"]))
  end

  def test_case_09
    assert_equal([1, 2, 0, 0], prefix_tally(["add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz"]))
  end

  def test_case_10
    assert_equal([0, 0, 1, 1, 0, 0, 0, 3, 5, 2, 0, 5, 2, 2], prefix_tally(["add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa"]))
  end
end
