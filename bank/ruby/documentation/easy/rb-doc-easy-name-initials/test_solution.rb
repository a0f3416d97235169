require 'minitest/autorun'
require_relative 'solution'

class NameInitialsTest < Minitest::Test
  def test_case_01
    assert_equal("A.L.", name_initials("ada lovelace"))
  end

  def test_case_02
    assert_equal("J.P.S.", name_initials("Jean-Paul Sartre"))
  end

  def test_case_03
    assert_equal("", name_initials(""))
  end

  def test_case_04
    assert_equal("", name_initials("   "))
  end

  def test_case_05
    assert_equal("G.B.H.", name_initials("  grace   brewster  hopper "))
  end

  def test_case_06
    assert_equal("X.", name_initials("x"))
  end

  def test_case_07
    assert_equal("M.J.W.", name_initials("mary-jane-watson"))
  end

  def test_case_08
    assert_equal("", name_initials("-"))
  end

  def test_case_09
    assert_equal("A.M.", name_initials("anne- marie"))
  end

  def test_case_10
    assert_equal("O.", name_initials("o'brien"))
  end

  def test_case_11
    assert_equal("E.E.C.", name_initials("e e cummings"))
  end

  def test_case_12
    assert_equal("A.T.", name_initials("ALAN TURING"))
  end

  def test_case_13
    assert_equal("V.D.", name_initials("van--dyke"))
  end
end
