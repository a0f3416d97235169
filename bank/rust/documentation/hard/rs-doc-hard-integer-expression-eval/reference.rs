
fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else if "+-*/%^()".contains(c) {
            tokens.push(c.to_string());
            i += 1;
        } else {
            return Err(format!("unexpected character {:?}", c));
        }
    }
    Ok(tokens)
}

fn apply(operator: &str, left: i64, right: i64) -> Result<i64, String> {
    match operator {
        "+" => Ok(left + right),
        "-" => Ok(left - right),
        "*" => Ok(left * right),
        _ if right == 0 => Err("division by zero".to_string()),
        "/" => Ok(left / right), // truncates toward zero
        _ => Ok(left % right),   // the sign of the dividend, matching the division
    }
}

struct Parser {
    tokens: Vec<String>,
    position: usize,
}

impl Parser {
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

    fn binary(
        &mut self,
        operators: &[&str],
        operand: fn(&mut Self) -> Result<i64, String>,
    ) -> Result<i64, String> {
        let mut value = operand(self)?;
        while let Some(operator) = self
            .peek()
            .filter(|token| operators.contains(token))
            .map(str::to_string)
        {
            self.position += 1;
            let right = operand(self)?;
            value = apply(&operator, value, right)?;
        }
        Ok(value)
    }

    fn expression(&mut self) -> Result<i64, String> {
        self.binary(&["+", "-"], Self::term)
    }

    fn term(&mut self) -> Result<i64, String> {
        self.binary(&["*", "/", "%"], Self::unary)
    }

    fn unary(&mut self) -> Result<i64, String> {
        if self.peek() != Some("-") {
            return self.power();
        }
        self.position += 1;
        Ok(-self.unary()?)
    }

    fn power(&mut self) -> Result<i64, String> {
        let base = self.atom()?;
        if self.peek() != Some("^") {
            return Ok(base);
        }
        self.position += 1;
        let exponent = self.unary()?;
        if exponent < 0 {
            return Err("negative exponent".to_string());
        }
        Ok((0..exponent).fold(1, |result, _| result * base))
    }

    fn atom(&mut self) -> Result<i64, String> {
        let token = self.take()?;
        if let Ok(value) = token.parse::<i64>() {
            return Ok(value);
        }
        if token != "(" {
            return Err(format!("unexpected token {:?}", token));
        }
        let value = self.expression()?;
        if self.take()? != ")" {
            return Err("expected ')'".to_string());
        }
        Ok(value)
    }
}

/// Evaluate an integer arithmetic expression.
///
/// # Arguments
///
/// * `expression` - the expression (string) the description refers to as `expression`
///
/// # Returns
///
/// the result described above (int)
///
/// # Errors
///
/// when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
pub fn evaluate_expression(expression: &str) -> Result<i64, String> {
    let mut parser = Parser {
        tokens: tokenize(expression)?,
        position: 0,
    };
    let value = parser.expression()?;
    match parser.peek() {
        Some(token) => Err(format!("unexpected token {:?}", token)),
        None => Ok(value),
    }
}
