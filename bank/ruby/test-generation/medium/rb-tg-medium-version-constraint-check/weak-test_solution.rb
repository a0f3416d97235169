require 'minitest/autorun'
require_relative 'solution'

class SatisfiesTest < Minitest::Test
  def test_case_01
    assert_equal(true, satisfies("1.4.2", ">=1.2.0 <2.0.0"))
  end
end
