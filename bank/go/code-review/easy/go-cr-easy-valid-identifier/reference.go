// Package solution checks identifiers.
package solution

const maxLength = 30

func isLetter(char byte) bool {
	return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char == '_'
}

// IsValidIdentifier reports whether name is 1 to 30 characters: a letter or underscore, then letters, digits or
// underscores.
func IsValidIdentifier(name string) bool {
	if len(name) < 1 || len(name) > maxLength || !isLetter(name[0]) {
		return false
	}
	for i := 1; i < len(name); i++ {
		if !isLetter(name[i]) && (name[i] < '0' || name[i] > '9') {
			return false
		}
	}
	return true
}
