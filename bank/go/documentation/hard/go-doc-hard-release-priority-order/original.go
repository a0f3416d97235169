package solution

import (
	"errors"
	"fmt"
)

func more(priorities map[string]int, a, b string) bool {
	if priorities[a] != priorities[b] {
		return priorities[a] > priorities[b]
	}
	return a < b
}

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
			followers[before][after] = true
			waiting[after]++
		}
	}
	return followers, waiting, nil
}

func takeMostUrgent(priorities map[string]int, ready []string) (string, []string) {
	best := 0
	for i := range ready {
		if more(priorities, ready[i], ready[best]) {
			best = i
		}
	}
	task := ready[best]
	return task, append(ready[:best], ready[best+1:]...)
}

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
	if len(order) != len(priorities) {
		return nil, errors.New("the dependencies contain a cycle")
	}
	return order, nil
}
