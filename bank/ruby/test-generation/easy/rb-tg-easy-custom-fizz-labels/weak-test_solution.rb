require 'minitest/autorun'
require_relative 'solution'

class CustomFizzLabelsTest < Minitest::Test
  def test_case_01
    assert_equal(["1", "Foo", "Bar", "Foo", "5", "FooBar"], custom_fizz_labels(6, [2, 3], ["Foo", "Bar"]))
  end
end
