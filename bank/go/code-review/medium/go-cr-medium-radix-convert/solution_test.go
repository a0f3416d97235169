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

func TestConvertBase(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := ConvertBase("255", 10, 16)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "ff"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := ConvertBase("ff", 16, 2)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "11111111"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := ConvertBase("FF", 16, 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "255"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := ConvertBase("-1010", 2, 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "-10"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := ConvertBase("0", 10, 2)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "0"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := ConvertBase("-0", 10, 7)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "0"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := ConvertBase("000123", 10, 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "123"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := ConvertBase("z", 36, 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "35"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := ConvertBase("35", 10, 36)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "z"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := ConvertBase("1000000", 10, 36)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "lfls"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := ConvertBase("9007199254740991", 10, 16)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1fffffffffffff"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got, err := ConvertBase("12", 10, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "110"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := ConvertBase("12", 1, 10); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := ConvertBase("19", 8, 10); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_15", func(t *testing.T) {
		if _, err := ConvertBase("-", 10, 2); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
