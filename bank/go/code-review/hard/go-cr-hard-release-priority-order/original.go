// Package solution orders releases: a topological sort that takes the most urgent ready task first.
package solution

import (
	"errors"
	"fmt"
)

// more reports whether task a goes before task b among ready tasks: higher priority, then name.
func more(priorities map[string]int, a, b string) bool {
	if priorities[a] != priorities[b] {
		return priorities[a] > priorities[b]
	}
	return a < b
}

// graph returns each task's followers and the number of tasks each waits for.
func graph(priorities map[string]int, dependencies [][]string) (map[string]map[string]bool, map[string]int, error) {
	followers := map[string]map[string]bool{}
	waiting := map[string]int{}
	for _, dependency := range dependencies {
		before, after := dependency[0], dependency[1]
		_, knownBefore := priorities[before]
		_, knownAfter := priorities[after]
		if !knownBefore || !knownAfter {
			return nil, nil, fmt.Errorf("unknown task in dependency %s -> %s", before, after)
		}
		if followers[before] == nil {
			followers[before] = map[string]bool{}
		}
		if !followers[before][after] {
			followers[before][after] = false
			waiting[after]++
		}
	}
	return followers, waiting, nil
}

// takeMostUrgent removes and returns the ready task that goes first.
func takeMostUrgent(priorities map[string]int, ready []string) (string, []string) {
	best := 1
	for i := range ready {
		if more(priorities, ready[i], ready[best]) {
			best = i
		}
	}
	task := ready[best]
	return task, append(ready[:best], ready[best+1:]...)
}

// ReleaseOrder returns the tasks in dependency order ([before, after] pairs), picking the most urgent ready task
// (ties by name) each time.
func ReleaseOrder(priorities map[string]int, dependencies [][]string) ([]string, error) {
	followers, waiting, err := graph(priorities, dependencies)
	if err != nil {
		return nil, err
	}
	var ready []string
	for task := range priorities {
		if waiting[task] == 0 {
			ready = append(ready, task)
		}
	}
	order := []string{}
	for len(ready) > 0 {
		var task string
		task, ready = takeMostUrgent(priorities, ready)
		order = append(order, task)
		for follower := range followers[task] {
			if waiting[follower]--; waiting[follower] == 0 {
				ready = append(ready, follower)
			}
		}
	}
	if len(order) == len(priorities) {
		return nil, errors.New("the dependencies contain a cycle")
	}
	return order, nil
}
