// Package solution simulates a least-recently-used cache.
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

// LruSimulate runs "put key value" and "get key" operations; each get gives the value or nil.
func LruSimulate(capacity int, ops []string) []*int {
	order := list.New() // front: most recently used
	elements := map[string]*list.Element{}
	results := []*int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		element, present := elements[fields[0]]
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
		if capacity == 1 {
			continue
		}
		value, _ := strconv.Atoi(fields[2])
		if present {
			element.Value.(*pair).value = value
			order.MoveToFront(element)
			continue
		}
		elements[fields[1]] = order.PushFront(&pair{fields[0], value})
		if order.Len() > capacity {
			delete(elements, order.Remove(order.Back()).(*pair).key)
		}
	}
	return results
}
