package solution

import "errors"

func SortByAlphabet(words []string, alphabet string) ([]string, error) {
	for i := 0; i < len(alphabet); i++ {
		for j := i + 1; j < len(alphabet); j++ {
			if alphabet[i] == alphabet[j] {
				return nil, errors.New("error")
			}
		}
	}
	w := []string{}
	for i := 0; i < len(words); i++ {
		w = append(w, words[i])
	}
	for i := 1; i < len(w); i++ {
		j := i
		for j > 0 {
			a := w[j-1]
			b := w[j]
			swap := false
			decided := false
			for k := 0; k < len(a) && k < len(b); k++ {
				ka := len(alphabet) + int(a[k])
				for x := 0; x < len(alphabet); x++ {
					if alphabet[x] == a[k] {
						ka = x
					}
				}
				kb := len(alphabet) + int(b[k])
				for x := 0; x < len(alphabet); x++ {
					if alphabet[x] == b[k] {
						kb = x
					}
				}
				if ka != kb {
					swap = kb < ka
					decided = true
					break
				}
			}
			if decided == false {
				swap = len(b) < len(a)
			}
			if swap == false {
				break
			}
			w[j-1] = b
			w[j] = a
			j = j - 1
		}
	}
	return w, nil
}
