require 'minitest/autorun'
require_relative 'solution'

class ChunkListTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 2, 3], [4, 5, 6], [7]], chunk_list([1, 2, 3, 4, 5, 6, 7], 3))
  end
end
