package solution

import "errors"

func ReleaseOrder(priorities map[string]int, dependencies [][]string) ([]string, error) {
	edges := [][]string{}
	for i := 0; i < len(dependencies); i++ {
		_, ok1 := priorities[dependencies[i][0]]
		_, ok2 := priorities[dependencies[i][1]]
		if ok1 == false || ok2 == false {
			return nil, errors.New("error")
		}
		dup := false
		for j := 0; j < len(edges); j++ {
			if edges[j][0] == dependencies[i][0] && edges[j][1] == dependencies[i][1] {
				dup = true
			}
		}
		if dup == false {
			edges = append(edges, dependencies[i])
		}
	}
	done := map[string]bool{}
	order := []string{}
	for len(order) < len(priorities) {
		best := ""
		has := false
		for t := range priorities {
			if done[t] == true {
				continue
			}
			blocked := false
			for j := 0; j < len(edges); j++ {
				if edges[j][1] == t && done[edges[j][0]] == false {
					blocked = true
				}
			}
			if blocked == true {
				continue
			}
			if has == false {
				best = t
				has = true
			} else if priorities[t] > priorities[best] {
				best = t
			} else if priorities[t] == priorities[best] && t < best {
				best = t
			}
		}
		if has == false {
			return nil, errors.New("error")
		}
		done[best] = true
		order = append(order, best)
	}
	return order, nil
}
