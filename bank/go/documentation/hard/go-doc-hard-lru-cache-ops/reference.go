// Package solution implements lru cache simulation.
package solution

import (
	"container/list"
	"strconv"
	"strings"
)

type pair struct {
	key   string
	value int
}

// LruSimulate simulate a cache holding at most `capacity` keys (capacity >= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.
//
// Parameters:
//   - capacity: the capacity (int) the description refers to as `capacity`
//   - ops: the ops (list of string) the description refers to as `ops`
//
// It returns the result described above (list of optional of int).
func LruSimulate(capacity int, ops []string) []*int {
	order := list.New() // front: most recently used
	elements := map[string]*list.Element{}
	results := []*int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		element, present := elements[fields[1]]
		if fields[0] == "get" {
			if !present {
				results = append(results, nil)
				continue
			}
			order.MoveToFront(element)
			value := element.Value.(*pair).value
			results = append(results, &value)
			continue
		}
		if capacity == 0 {
			continue
		}
		value, _ := strconv.Atoi(fields[2])
		if present {
			element.Value.(*pair).value = value
			order.MoveToFront(element)
			continue
		}
		elements[fields[1]] = order.PushFront(&pair{fields[1], value})
		if order.Len() > capacity {
			delete(elements, order.Remove(order.Back()).(*pair).key)
		}
	}
	return results
}
