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

func TestCustomFizzLabels(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := CustomFizzLabels(6, []int{2, 3}, []string{"Foo", "Bar"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "Foo", "Bar", "Foo", "5", "FooBar"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := CustomFizzLabels(5, []int{2}, []string{"Even"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "Even", "3", "Even", "5"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := CustomFizzLabels(0, []int{2}, []string{"X"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := CustomFizzLabels(3, []int{}, []string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "2", "3"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := CustomFizzLabels(4, []int{1}, []string{"A"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"A", "A", "A", "A"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := CustomFizzLabels(6, []int{3, 2}, []string{"Bar", "Foo"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "Foo", "Bar", "Foo", "5", "BarFoo"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := CustomFizzLabels(4, []int{2, 2}, []string{"x", "y"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "xy", "3", "xy"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := CustomFizzLabels(1, []int{7}, []string{"Z"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := CustomFizzLabels(7, []int{7}, []string{"Z"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "2", "3", "4", "5", "6", "Z"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := CustomFizzLabels(10, []int{4, 5}, []string{"Q", "F"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := CustomFizzLabels(3, []int{2}, []string{"a", "b"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := CustomFizzLabels(3, []int{0}, []string{"a"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := CustomFizzLabels(-1, []int{2}, []string{"a"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
