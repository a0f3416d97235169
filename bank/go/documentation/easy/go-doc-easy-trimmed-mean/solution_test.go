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

func TestTrimmedMean(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := TrimmedMean([]float64{1.0, 2.0, 3.0, 4.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 2.5; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := TrimmedMean([]float64{5.0, 1.0, 9.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 5.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := TrimmedMean([]float64{2.0, 2.0, 2.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 2.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := TrimmedMean([]float64{1.0, 1.0, 10.0, 10.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 5.5; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := TrimmedMean([]float64{-3.5, 0.0, 3.5, 100.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 1.75; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := TrimmedMean([]float64{0.1, 0.2, 0.3, 0.4})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 0.25; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := TrimmedMean([]float64{7.0, 3.0, 5.0, 1.0, 9.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 5.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := TrimmedMean([]float64{-1.0, -2.0, -3.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := -2.0; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := TrimmedMean([]float64{1000000.0, 1.0, 2.0, 3.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 2.5; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := TrimmedMean([]float64{1.5, 2.5, 2.5, 100.0, -100.0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if want := 2.1666666667; math.Abs(got-want) > 1e-6 {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := TrimmedMean([]float64{}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := TrimmedMean([]float64{1.0, 2.0}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
