require 'minitest/autorun'
require_relative 'solution'

class OrderReleaseTagsTest < Minitest::Test
  def test_case_01
    assert_equal(["v1.2.0", "v1.9.3", "v1.10.0"], order_release_tags(["v1.10.0", "v1.2.0", "v1.9.3"]))
  end
end
