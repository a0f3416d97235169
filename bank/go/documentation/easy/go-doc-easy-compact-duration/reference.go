// Package solution implements compact duration text.
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

// CompactDuration write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
//
// Parameters:
//   - seconds: the seconds (int) the description refers to as `seconds`
//
// It returns the result described above (string).
// It returns an error when seconds is negative.
func CompactDuration(seconds int) (string, error) {
	if seconds < 0 {
		return "", errors.New("seconds must not be negative")
	}
	var parts []string
	remaining := seconds
	for _, unit := range units {
		if count := remaining / unit.length; count > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", count, unit.letter))
		}
		remaining %= unit.length
	}
	if len(parts) == 0 {
		return "0s", nil
	}
	return strings.Join(parts, " "), nil
}
