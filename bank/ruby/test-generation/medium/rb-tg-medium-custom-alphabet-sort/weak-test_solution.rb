require 'minitest/autorun'
require_relative 'solution'

class SortByAlphabetTest < Minitest::Test
  def test_case_01
    assert_equal(["cab", "bca", "abc"], sort_by_alphabet(["bca", "abc", "cab"], "cba"))
  end
end
