require 'minitest/autorun'
require_relative 'solution'

class HeadlineCaseTest < Minitest::Test
  def test_case_01
    assert_equal("The Lord of the Rings", headline_case("the lord of the rings"))
  end

  def test_case_02
    assert_equal("A Tale of Two Cities", headline_case("A TALE OF TWO CITIES"))
  end

  def test_case_03
    assert_equal("", headline_case(""))
  end

  def test_case_04
    assert_equal("Of", headline_case("of"))
  end

  def test_case_05
    assert_equal("War and Peace", headline_case("war and peace"))
  end

  def test_case_06
    assert_equal("What It Is Made Of", headline_case("what it is made of"))
  end

  def test_case_07
    assert_equal("Gone With the Wind", headline_case("gone with the wind"))
  end

  def test_case_08
    assert_equal("An Apple a Day", headline_case("an apple a day"))
  end

  def test_case_09
    assert_equal("3rd Rock From the Sun", headline_case("3rd rock from the sun"))
  end

  def test_case_10
    assert_equal("To Be or Not to Be", headline_case("to be or not to be"))
  end

  def test_case_11
    assert_equal("X", headline_case("x"))
  end

  def test_case_12
    assert_equal("In the End", headline_case("iN tHe eNd"))
  end
end
