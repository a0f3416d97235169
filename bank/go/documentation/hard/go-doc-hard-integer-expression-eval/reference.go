// Package solution implements integer expression evaluator.
package solution

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func tokenize(text string) ([]string, error) {
	var tokens []string
	for i := 0; i < len(text); {
		char := text[i]
		switch {
		case char == ' ' || char == '\t' || char == '\n' || char == '\r':
			i++
		case char >= '0' && char <= '9':
			start := i
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				i++
			}
			tokens = append(tokens, text[start:i])
		case strings.IndexByte("+-*/%^()", char) >= 0:
			tokens = append(tokens, string(char))
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q", char)
		}
	}
	return tokens, nil
}

type parser struct {
	tokens   []string
	position int
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

func apply(operator string, left, right int) (int, error) {
	switch operator {
	case "+":
		return left + right, nil
	case "-":
		return left - right, nil
	case "*":
		return left * right, nil
	}
	if right == 0 {
		return 0, errors.New("division by zero")
	}
	if operator == "/" {
		return left / right, nil // truncates toward zero
	}
	return left % right, nil // the sign of the dividend, matching the truncating division
}

func (p *parser) binary(operators string, operand func() (int, error)) (int, error) {
	value, err := operand()
	for err == nil && p.peek() != "" && strings.Contains(operators, p.peek()) {
		operator := p.peek()
		p.position++
		var right int
		if right, err = operand(); err == nil {
			value, err = apply(operator, value, right)
		}
	}
	return value, err
}

func (p *parser) expression() (int, error) { return p.binary("+-", p.term) }

func (p *parser) term() (int, error) { return p.binary("*/%", p.unary) }

func (p *parser) unary() (int, error) {
	if p.peek() != "-" {
		return p.power()
	}
	p.position++
	value, err := p.unary()
	return -value, err
}

func (p *parser) power() (int, error) {
	base, err := p.atom()
	if err != nil || p.peek() != "^" {
		return base, err
	}
	p.position++
	exponent, err := p.unary()
	if err != nil {
		return 0, err
	}
	if exponent < 0 {
		return 0, errors.New("negative exponent")
	}
	result := 1
	for ; exponent > 0; exponent-- {
		result *= base
	}
	return result, nil
}

func (p *parser) atom() (int, error) {
	token, err := p.take()
	if err != nil {
		return 0, err
	}
	if value, err := strconv.Atoi(token); err == nil {
		return value, nil
	}
	if token != "(" {
		return 0, fmt.Errorf("unexpected token %q", token)
	}
	value, err := p.expression()
	if err != nil {
		return 0, err
	}
	if closing, err := p.take(); err != nil || closing != ")" {
		return 0, errors.New("expected ')'")
	}
	return value, nil
}

// EvaluateExpression evaluate an integer arithmetic expression.
//
// Parameters:
//   - expression: the expression (string) the description refers to as `expression`
//
// It returns the result described above (int).
// It returns an error when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent.
func EvaluateExpression(expression string) (int, error) {
	tokens, err := tokenize(expression)
	if err != nil {
		return 0, err
	}
	p := &parser{tokens: tokens}
	value, err := p.expression()
	if err == nil && p.peek() != "" {
		err = fmt.Errorf("unexpected token %q", p.peek())
	}
	return value, err
}
