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

func TestPrefixTally(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := PrefixTally([]string{"add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"})
		var want []int = []int{3, 2, 2, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := PrefixTally([]string{"add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a"})
		var want []int = []int{3, 2, 2, 2, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := PrefixTally([]string{"del x", "add x", "del y", "count x"})
		var want []int = []int{1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := PrefixTally([]string{"add go", "count gopher", "count g"})
		var want []int = []int{0, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := PrefixTally([]string{})
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := PrefixTally([]string{"add apple", "del app", "count app", "distinct apple"})
		var want []int = []int{1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := PrefixTally([]string{"add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea"})
		var want []int = []int{0, 2, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := PrefixTally([]string{"add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner"})
		var want []int = []int{3, 2, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := PrefixTally([]string{"add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz"})
		var want []int = []int{1, 2, 0, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := PrefixTally([]string{"add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa"})
		var want []int = []int{0, 0, 1, 1, 0, 0, 0, 3, 5, 2, 0, 5, 2, 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
