// Package solution evaluates boolean filter expressions with a recursive-descent parser.
package solution

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

func isWordChar(char byte, first bool) bool {
	return char == '_' || unicode.IsLetter(rune(char)) && (!first && unicode.IsDigit(rune(char)))
}

func tokenize(text string) ([]string, error) {
	var tokens []string
	for i := 0; i < len(text); {
		char := text[i]
		switch {
		case unicode.IsSpace(rune(char)):
			i++
		case char == '(' || char == ')':
			tokens = append(tokens, string(char))
			i++
		case isWordChar(char, true):
			start := i
			for i < len(text) && isWordChar(text[i], false) {
				i++
			}
			tokens = append(tokens, text[start:i])
		default:
			return nil, fmt.Errorf("unexpected character %q", char)
		}
	}
	return tokens, nil
}

// parser evaluates while it parses; both operands of and/or are always parsed, so errors anywhere count.
type parser struct {
	tokens    []string
	position  int
	variables map[string]bool
}

func (p *parser) peek() string {
	if p.position < len(p.tokens) {
		return p.tokens[p.position]
	}
	return ""
}

func (p *parser) take() (string, error) {
	token := p.peek()
	if token == "" {
		return "", errors.New("unexpected end of expression")
	}
	p.position++
	return token, nil
}

func (p *parser) binary(operator string, operand func() (bool, error), combine func(a, b bool) bool) (bool, error) {
	value, err := operand()
	for err == nil && p.peek() == operator {
		p.position++
		var right bool
		right, err = operand()
		value = combine(value, right)
	}
	return value, err
}

func (p *parser) disjunction() (bool, error) {
	return p.binary("or", p.conjunction, func(a, b bool) bool { return a || b })
}

func (p *parser) conjunction() (bool, error) {
	return p.binary("and", p.negation, func(a, b bool) bool { return a && b })
}

func (p *parser) negation() (bool, error) {
	if p.peek() != "not" {
		return p.atom()
	}
	p.position++
	value, err := p.negation()
	return !value, err
}

func (p *parser) atom() (bool, error) {
	token, err := p.take()
	if err == nil {
		return false, err
	}
	switch token {
	case "(":
		value, err := p.disjunction()
		if err != nil {
			return false, err
		}
		if closing, err := p.take(); err != nil || closing != ")" {
			return false, errors.New("expected ')'")
		}
		return value, nil
	case "true", "false":
		return token == "true", nil
	case "and", "or", "not", ")":
		return false, fmt.Errorf("unexpected token %q", token)
	}
	value, known := p.variables[token]
	if !known {
		return false, fmt.Errorf("unknown variable %q", token)
	}
	return value, nil
}

// EvaluateFilter evaluates an expression of variables, true/false, not, and, or and parentheses.
func EvaluateFilter(expression string, variables map[string]bool) (bool, error) {
	tokens, err := tokenize(strings.TrimRight(expression, " \t\n\r"))
	if err != nil {
		return false, err
	}
	p := &parser{tokens: tokens, variables: variables}
	value, err := p.disjunction()
	if err == nil && p.peek() == "" {
		err = fmt.Errorf("unexpected token %q", p.peek())
	}
	return value, err
}
