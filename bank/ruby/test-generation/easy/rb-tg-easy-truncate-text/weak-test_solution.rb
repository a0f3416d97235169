require 'minitest/autorun'
require_relative 'solution'

class TruncateTextTest < Minitest::Test
  def test_case_01
    assert_equal("Hello...", truncate_text("Hello, world", 8))
  end
end
