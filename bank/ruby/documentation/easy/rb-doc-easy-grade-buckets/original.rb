
# The lowest score of each grade, best grade first.
GRADE_THRESHOLDS = [['A', 90], ['B', 80], ['C', 70], ['D', 60], ['F', 0]].freeze
MAX_SCORE = 100

def grade_letter(score)
  raise ArgumentError, "score #{score} is outside 0..100" unless score.between?(0, MAX_SCORE)

  GRADE_THRESHOLDS.find { |_, lowest| score >= lowest }.first
end

def grade_buckets(scores)
  counts = GRADE_THRESHOLDS.to_h { |letter, _| [letter, 0] }
  scores.each { |score| counts[grade_letter(score)] += 1 }
  counts
end
