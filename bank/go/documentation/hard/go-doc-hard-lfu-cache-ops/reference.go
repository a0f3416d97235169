// Package solution implements lfu cache simulation.
package solution

import (
	"strconv"
	"strings"
)

type entry struct {
	value, uses, lastUse int
}

type lfuCache struct {
	capacity int
	entries  map[string]*entry
	clock    int
}

func (c *lfuCache) touch(e *entry) {
	c.clock++
	e.uses++
	e.lastUse = c.clock
}

func (c *lfuCache) get(key string) *int {
	e, ok := c.entries[key]
	if !ok {
		return nil
	}
	c.touch(e)
	value := e.value
	return &value
}

func (c *lfuCache) victim() string {
	var chosen string
	var best *entry
	for key, e := range c.entries {
		if best == nil || e.uses < best.uses || (e.uses == best.uses && e.lastUse < best.lastUse) {
			chosen, best = key, e
		}
	}
	return chosen
}

func (c *lfuCache) put(key string, value int) {
	if c.capacity == 0 {
		return
	}
	if e, ok := c.entries[key]; ok {
		e.value = value
		c.touch(e)
		return
	}
	if len(c.entries) == c.capacity {
		delete(c.entries, c.victim())
	}
	e := &entry{value: value}
	c.entries[key] = e
	c.touch(e)
}

// LfuSimulate simulate a least-frequently-used cache holding at most `capacity` keys (capacity >= 0).
//
// Parameters:
//   - capacity: the capacity (int) the description refers to as `capacity`
//   - ops: the ops (list of string) the description refers to as `ops`
//
// It returns the result described above (list of optional of int).
func LfuSimulate(capacity int, ops []string) []*int {
	cache := &lfuCache{capacity: capacity, entries: map[string]*entry{}}
	results := []*int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		if fields[0] == "get" {
			results = append(results, cache.get(fields[1]))
			continue
		}
		value, _ := strconv.Atoi(fields[2])
		cache.put(fields[1], value)
	}
	return results
}
