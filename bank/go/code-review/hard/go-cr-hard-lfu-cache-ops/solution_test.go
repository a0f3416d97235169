package solution

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func aibaasShow(value interface{}) string {
	return aibaasShowValue(reflect.ValueOf(value))
}

func aibaasShowValue(value reflect.Value) string {
	switch value.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Ptr, reflect.Interface:
		if value.IsNil() {
			return "nil"
		}
		return aibaasShowValue(value.Elem())
	case reflect.Slice, reflect.Array:
		parts := make([]string, value.Len())
		for i := range parts {
			parts[i] = aibaasShowValue(value.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := make([]string, 0, value.Len())
		for _, key := range value.MapKeys() {
			keys = append(keys, key.String())
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, key := range keys {
			parts[i] = strconv.Quote(key) + ": " + aibaasShowValue(value.MapIndex(reflect.ValueOf(key)))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case reflect.String:
		return strconv.Quote(value.String())
	default:
		return fmt.Sprint(value.Interface())
	}
}

func aibaasPtr[T any](value T) *T {
	return &value
}

func TestLfuSimulate(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"})
		var want []*int = []*int{aibaasPtr(1), nil, aibaasPtr(1), aibaasPtr(3)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put a 1", "put b 2", "put c 3", "get a", "get b", "get c"})
		var want []*int = []*int{nil, aibaasPtr(2), aibaasPtr(3)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := LfuSimulate(0, []string{"put a 1", "get a"})
		var want []*int = []*int{nil}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c"})
		var want []*int = []*int{aibaasPtr(2), nil, aibaasPtr(4)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a"})
		var want []*int = []*int{aibaasPtr(1), aibaasPtr(1), nil, aibaasPtr(3), aibaasPtr(1)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := LfuSimulate(3, []string{"put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d"})
		var want []*int = []*int{aibaasPtr(1), aibaasPtr(2), aibaasPtr(3), aibaasPtr(1), aibaasPtr(2), nil, aibaasPtr(4)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z"})
		var want []*int = []*int{aibaasPtr(1), aibaasPtr(2), nil, aibaasPtr(2), aibaasPtr(3)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := LfuSimulate(1, []string{"put a 1", "get a", "put b 2", "get a", "get b"})
		var want []*int = []*int{aibaasPtr(1), nil, aibaasPtr(2)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := LfuSimulate(2, []string{"put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a"})
		var want []*int = []*int{aibaasPtr(1), aibaasPtr(1), aibaasPtr(4), nil, aibaasPtr(1)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := LfuSimulate(3, []string{})
		var want []*int = []*int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := LfuSimulate(3, []string{"get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31"})
		var want []*int = []*int{nil, nil, nil, nil, nil, nil, nil, nil, aibaasPtr(18), aibaasPtr(18), nil, nil, aibaasPtr(18), nil, nil, nil, nil, aibaasPtr(22), aibaasPtr(18), nil, aibaasPtr(42), nil, nil, nil, aibaasPtr(43), nil, nil, aibaasPtr(5), aibaasPtr(5), aibaasPtr(5)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
