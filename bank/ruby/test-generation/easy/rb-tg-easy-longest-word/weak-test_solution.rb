require 'minitest/autorun'
require_relative 'solution'

class LongestWordTest < Minitest::Test
  def test_case_01
    assert_equal("quick", longest_word("the quick brown fox"))
  end
end
