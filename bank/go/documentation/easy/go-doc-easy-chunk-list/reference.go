// Package solution implements split a list into chunks.
package solution

import "errors"

// ChunkList split the list into consecutive chunks of `size` elements, keeping the original order.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//   - size: the size (int) the description refers to as `size`
//
// It returns the result described above (list of list of int).
// It returns an error when size is smaller than 1.
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
