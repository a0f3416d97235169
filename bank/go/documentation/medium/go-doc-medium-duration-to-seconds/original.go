package solution

import (
	"errors"
	"fmt"
	"strings"
)

var unitSeconds = map[byte]int{'d': 86400, 'h': 3600, 'm': 60, 's': 1}

const unitOrder = "dhms"

func DurationToSeconds(text string) (int, error) {
	if text == "" {
		return 0, errors.New("empty duration")
	}
	total, lastRank, position := 0, -1, 0
	for position < len(text) {
		start := position
		value := 0
		for position < len(text) && text[position] >= '0' && text[position] <= '9' {
			value = value*10 + int(text[position]-'0')
			position++
		}
		if position == start || position == len(text) || unitSeconds[text[position]] == 0 {
			return 0, fmt.Errorf("malformed duration at position %d: %q", start, text)
		}
		rank := strings.IndexByte(unitOrder, text[position])
		if rank <= lastRank {
			return 0, fmt.Errorf("units repeated or out of order: %q", text)
		}
		total += value * unitSeconds[text[position]]
		lastRank = rank
		position++
	}
	return total, nil
}
