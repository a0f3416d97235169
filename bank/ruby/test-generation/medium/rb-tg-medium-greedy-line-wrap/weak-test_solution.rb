require 'minitest/autorun'
require_relative 'solution'

class WrapWordsTest < Minitest::Test
  def test_case_01
    assert_equal(["the quick", "brown fox"], wrap_words("the quick brown fox", 10))
  end
end
