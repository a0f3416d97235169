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

func TestLruSimulate(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := LruSimulate(2, []string{"put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"})
		var want []*int = []*int{aibaasPtr(1), nil, aibaasPtr(1), aibaasPtr(3)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := LruSimulate(0, []string{"put a 1", "get a"})
		var want []*int = []*int{nil}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := LruSimulate(1, []string{"put a 1", "put a 5", "get a", "put b 2", "get a", "get b"})
		var want []*int = []*int{aibaasPtr(5), nil, aibaasPtr(2)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := LruSimulate(2, []string{"put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c"})
		var want []*int = []*int{aibaasPtr(3), nil, aibaasPtr(4)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := LruSimulate(2, []string{"get x", "put x -7", "get x"})
		var want []*int = []*int{nil, aibaasPtr(-7)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := LruSimulate(3, []string{})
		var want []*int = []*int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := LruSimulate(2, []string{"put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c"})
		var want []*int = []*int{nil, nil, aibaasPtr(9), aibaasPtr(3)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := LruSimulate(2, []string{"put a 1", "put b 2", "get zz", "put c 3", "get a", "get b"})
		var want []*int = []*int{nil, nil, aibaasPtr(2)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := LruSimulate(3, []string{"put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5"})
		var want []*int = []*int{aibaasPtr(10), nil, aibaasPtr(30), nil, aibaasPtr(40), aibaasPtr(50)}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := LruSimulate(3, []string{"get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37"})
		var want []*int = []*int{nil, nil, nil, aibaasPtr(-1), nil, nil, aibaasPtr(11), nil, aibaasPtr(38), nil, aibaasPtr(38), aibaasPtr(44), aibaasPtr(46), aibaasPtr(38), aibaasPtr(46), nil}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
