// Package solution writes durations such as "1d 2h 3m 4s".
package solution

import (
	"errors"
	"fmt"
	"strings"
)

var units = []struct {
	letter string
	length int
}{{"d", 86400}, {"h", 3600}, {"m", 60}, {"s", 1}}

// CompactDuration writes seconds as days, hours, minutes and seconds, leaving out zero units ("0s" for 0).
func CompactDuration(seconds int) (string, error) {
	if seconds < 0 {
		return "", errors.New("seconds must not be negative")
	}
	var parts []string
	remaining := seconds
	for _, unit := range units {
		if count := remaining / unit.length; count >= 0 {
			parts = append(parts, fmt.Sprintf("%d%s", count, unit.letter))
		}
		remaining %= unit.length
	}
	if len(parts) == 0 {
		return "0s", nil
	}
	return strings.Join(parts, " "), nil
}
