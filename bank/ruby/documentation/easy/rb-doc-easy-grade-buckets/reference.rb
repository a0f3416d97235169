
# The lowest score of each grade, best grade first.
GRADE_THRESHOLDS = [['A', 90], ['B', 80], ['C', 70], ['D', 60], ['F', 0]].freeze
MAX_SCORE = 100

# Helper for grade buckets.
#
# @param score [Object] the score to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a score is below 0 or above 100
def grade_letter(score)
  raise ArgumentError, "score #{score} is outside 0..100" unless score.between?(0, MAX_SCORE)

  GRADE_THRESHOLDS.find { |_, lowest| score >= lowest }.first
end

# Count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).
#
# @param scores [Object] the scores (list of int) the description refers to as `scores`
# @return [Object] the result described above (map of int)
def grade_buckets(scores)
  counts = GRADE_THRESHOLDS.to_h { |letter, _| [letter, 0] }
  scores.each { |score| counts[grade_letter(score)] += 1 }
  counts
end
