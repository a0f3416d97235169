// Package solution runs a postfix (reverse Polish) integer stack machine.
package solution

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

var integer = regexp.MustCompile(`^-?[0-9]+$`)

var stackNeeds = map[string]int{"+": 2, "-": 2, "*": 2, "/": 2, "dup": 1, "swap": 2, "drop": 1}

func arithmetic(op string, a, b int) (int, error) {
	switch op {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*":
		return a * b, nil
	}
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil // Go's division truncates toward zero
}

func step(stack []int, token string) ([]int, error) {
	if integer.MatchString(token) {
		value, err := strconv.Atoi(token)
		return append(stack, value), err
	}
	needed, known := stackNeeds[token]
	if !known {
		return nil, fmt.Errorf("unknown token %q", token)
	}
	if len(stack) < needed {
		return nil, fmt.Errorf("stack underflow at %q", token)
	}
	top := len(stack) - 1
	switch token {
	case "dup":
		return append(stack, stack[top]), nil
	case "swap":
		stack[top], stack[top-1] = stack[top-1], stack[top]
		return stack, nil
	case "drop":
		return stack[:top], nil
	}
	value, err := arithmetic(token, stack[top-1], stack[top])
	return append(stack[:top-1], value), err
}

// RunPostfix runs the tokens on an empty stack and returns the single value left.
func RunPostfix(tokens []string) (int, error) {
	var stack []int
	for _, token := range tokens {
		var err error
		if stack, err = step(stack, token); err != nil {
			return 0, err
		}
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("expected one value at the end, found %d", len(stack))
	}
	return stack[0], nil
}
