require 'minitest/autorun'
require_relative 'solution'

class OrderReleaseTagsTest < Minitest::Test
  def test_case_01
    assert_equal(["v1.2.0", "v1.9.3", "v1.10.0"], order_release_tags(["v1.10.0", "v1.2.0", "v1.9.3"]))
  end

  def test_case_02
    assert_equal(["1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0"], order_release_tags(["2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9"]))
  end

  def test_case_03
    assert_equal([], order_release_tags([]))
  end

  def test_case_04
    assert_equal(["v1.0.0", "1.0.0"], order_release_tags(["v1.0.0", "1.0.0"]))
  end

  def test_case_05
    assert_equal(["1.0.0", "v1.0.0"], order_release_tags(["1.0.0", "v1.0.0"]))
  end

  def test_case_06
    assert_equal(["0.0.0", "0.0.1", "0.1.0", "1.0.0"], order_release_tags(["0.0.1", "0.1.0", "1.0.0", "0.0.0"]))
  end

  def test_case_07
    assert_equal(["3.0.0-rc1"], order_release_tags(["3.0.0-rc1"]))
  end

  def test_case_08
    assert_equal(["1.2.2", "1.2.3-rc1", "1.2.3-rc1"], order_release_tags(["1.2.3-rc1", "1.2.2", "1.2.3-rc1"]))
  end

  def test_case_09
    assert_equal(["1.0.10", "1.1.0-rc5", "1.01.0"], order_release_tags(["1.01.0", "1.1.0-rc5", "1.0.10"]))
  end

  def test_case_10
    assert_equal(["9.99.99", "v10.0.0-rc1", "10.0.0"], order_release_tags(["10.0.0", "9.99.99", "v10.0.0-rc1"]))
  end

  def test_case_11
    assert_equal(["v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03"], order_release_tags(["v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1"]))
  end

  def test_case_12
    assert_raises(ArgumentError) { order_release_tags(["1.2"]) }
  end

  def test_case_13
    assert_raises(ArgumentError) { order_release_tags(["1.2.3-beta1"]) }
  end

  def test_case_14
    assert_raises(ArgumentError) { order_release_tags(["1.2.3", "V1.2.3"]) }
  end
end
