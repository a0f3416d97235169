package solution

import (
	"fmt"
	"math"
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

func TestMeanAbsoluteDeviation(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{1, 2, 3, 4})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 1.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{1, 1, 1, 5})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 1.5; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{5})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 0.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{2, 2, 2})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 0.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{1, 3})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 1.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{0, 10})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 5.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{1, 2, 3})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 0.6666666667; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{-5, 5})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 5.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{10, 20, 30, 40, 50})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 12.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{-3, -1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 1.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := MeanAbsoluteDeviation([]int{0, 0, 0, 9})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 3.375; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := MeanAbsoluteDeviation([]int{}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
