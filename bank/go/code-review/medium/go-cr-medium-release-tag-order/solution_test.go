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

func TestOrderReleaseTags(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"v1.10.0", "v1.2.0", "v1.9.3"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"v1.2.0", "v1.9.3", "v1.10.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"v1.0.0", "1.0.0"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"v1.0.0", "1.0.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"1.0.0", "v1.0.0"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1.0.0", "v1.0.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"0.0.1", "0.1.0", "1.0.0", "0.0.0"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"0.0.0", "0.0.1", "0.1.0", "1.0.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"3.0.0-rc1"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"3.0.0-rc1"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"1.2.3-rc1", "1.2.2", "1.2.3-rc1"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1.2.2", "1.2.3-rc1", "1.2.3-rc1"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"1.01.0", "1.1.0-rc5", "1.0.10"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"1.0.10", "1.1.0-rc5", "1.01.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"10.0.0", "9.99.99", "v10.0.0-rc1"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"9.99.99", "v10.0.0-rc1", "10.0.0"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := OrderReleaseTags([]string{"v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := OrderReleaseTags([]string{"1.2"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := OrderReleaseTags([]string{"1.2.3-beta1"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := OrderReleaseTags([]string{"1.2.3", "V1.2.3"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
