//! Boolean filter evaluator: a tokenizer and a recursive-descent parser.

use std::collections::HashMap;

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' {
            tokens.push(c.to_string());
            i += 1;
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else {
            return Err(format!("unexpected character {:?}", c));
        }
    }
    Ok(tokens)
}

/// Evaluates while it parses; both operands of and/or are always parsed, so errors anywhere count.
struct Parser<'a> {
    tokens: Vec<String>,
    position: usize,
    variables: &'a HashMap<String, bool>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.position).map(String::as_str)
    }

    fn take(&mut self) -> Result<String, String> {
        let token = self
            .peek()
            .ok_or("unexpected end of expression")?
            .to_string();
        self.position += 1;
        Ok(token)
    }

    fn disjunction(&mut self) -> Result<bool, String> {
        let mut value = self.conjunction()?;
        while self.peek() == Some("or") {
            self.position += 1;
            let right = self.conjunction()?;
            value = value || right;
        }
        Ok(value)
    }

    fn conjunction(&mut self) -> Result<bool, String> {
        let mut value = self.negation()?;
        while self.peek() == Some("and") {
            self.position += 1;
            let right = self.negation()?;
            value = value && right;
        }
        Ok(value)
    }

    fn negation(&mut self) -> Result<bool, String> {
        if self.peek() != Some("not") {
            return self.atom();
        }
        self.position += 1;
        Ok(!self.negation()?)
    }

    /// The rest of a parenthesised expression whose "(" was just taken.
    fn group(&mut self) -> Result<bool, String> {
        let value = self.disjunction()?;
        if self.take()? != ")" {
            return Err("expected ')'".to_string());
        }
        Ok(value)
    }

    fn atom(&mut self) -> Result<bool, String> {
        let token = self.take()?;
        match token.as_str() {
            "(" => self.group(),
            "true" => Ok(true),
            "false" => Ok(false),
            "and" | "or" | "not" | ")" => Err(format!("unexpected token {:?}", token)),
            name => self
                .variables
                .get(name)
                .copied()
                .ok_or(format!("unknown variable {:?}", name)),
        }
    }
}

pub fn evaluate_filter(expression: &str, variables: HashMap<String, bool>) -> Result<bool, String> {
    let mut parser = Parser {
        tokens: tokenize(expression)?,
        position: 0,
        variables: &variables,
    };
    let value = parser.disjunction()?;
    match parser.peek() {
        Some(token) => Err(format!("unexpected token {:?}", token)),
        None => Ok(value),
    }
}
