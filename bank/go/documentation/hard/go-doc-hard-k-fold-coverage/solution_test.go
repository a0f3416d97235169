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

func TestCoveredAtLeast(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{1, 5}, {2, 7}, {6, 9}}, 2)
		var want int = 4
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{1, 5}, {2, 7}, {6, 9}}, 1)
		var want int = 8
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{1, 5}, {2, 7}, {6, 9}}, 3)
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := CoveredAtLeast([][]int{}, 1)
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{0, 2}, {2, 4}}, 2)
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{0, 2}, {2, 4}}, 1)
		var want int = 4
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{3, 8}, {3, 8}, {3, 8}}, 3)
		var want int = 5
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{-5, -1}, {-3, 2}}, 2)
		var want int = 2
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{0, 10}, {2, 3}, {4, 6}, {5, 9}}, 2)
		var want int = 6
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{0, 10}, {2, 3}, {4, 6}, {5, 9}}, 3)
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{0, 1}}, 5)
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{21, 25}, {13, 16}, {24, 38}, {17, 29}, {17, 25}, {13, 25}, {3, 8}, {30, 42}, {18, 33}, {25, 35}, {20, 22}, {3, 15}, {2, 4}, {-5, 1}, {29, 41}}, 3)
		var want int = 24
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got := CoveredAtLeast([][]int{{1294, 1412}, {1410, 1619}, {3551, 3745}, {3505, 3537}, {4480, 5475}, {1186, 1850}, {2201, 2496}, {2991, 3399}, {78, 567}, {4268, 4740}, {2237, 3098}, {2901, 3401}, {1130, 1241}, {1179, 1753}, {1823, 2816}, {2940, 3407}, {3091, 3715}, {4858, 4908}, {4589, 4924}, {2087, 3078}}, 2)
		var want int = 2561
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
