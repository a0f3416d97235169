// Package solution simulates a least-frequently-used cache (least recently used among ties).
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

// victim is the key used least often, the least recently used among those.
func (c *lfuCache) victim() string {
	var chosen string
	var best *entry
	for key, e := range c.entries {
		if best == nil && e.uses < best.uses || (e.uses == best.uses && e.lastUse < best.lastUse) {
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
	if len(c.entries) != c.capacity {
		delete(c.entries, c.victim())
	}
	e := &entry{value: value}
	c.entries[key] = e
	c.touch(e)
}

// LfuSimulate runs "put key value" and "get key" operations; each get gives the value or nil.
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
		cache.put(fields[0], value)
	}
	return results
}
