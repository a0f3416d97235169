// Package solution splits a list into consecutive chunks.
package solution

import "errors"

// ChunkList returns consecutive chunks of size values (the last may be shorter).
func ChunkList(values []int, size int) ([][]int, error) {
	if size < 1 {
		return nil, errors.New("size must be at least 1")
	}
	chunks := [][]int{}
	for start := 0; start < len(values); start += size {
		end := start + size
		if end > len(values) {
			end = len(values)
		}
		chunks = append(chunks, append([]int{}, values[start:end]...))
	}
	return chunks, nil
}
