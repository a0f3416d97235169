require 'minitest/autorun'
require_relative 'solution'

class FragileLinksTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 3]], fragile_links(4, [[0, 1], [1, 2], [2, 0], [1, 3]]))
  end
end
